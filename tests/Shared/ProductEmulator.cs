using System.Reflection;
using System.ServiceModel;
using Hitl.Emulator;
using Microsoft.Xrm.Sdk;

namespace Hitl.Testing;

/// <summary>
/// The emulator loaded from the repository's solution/ folder: the registrations that ship are the ones
/// that run. Loaded once; every test works on its own clone.
/// </summary>
internal static class ProductEmulator
{
    public static string RepoRoot { get; } = typeof(ProductEmulator).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string SolutionFolder => Path.Combine(RepoRoot, "solution");

    private static readonly Lazy<DataverseEmulator> Template = new(() => DataverseEmulator.Load(SolutionFolder, new EmulatorOptions { Seed = 2026 }));

    public static DataverseEmulator New() => Template.Value.Clone();

    public static OrganizationServiceFault Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;
}
