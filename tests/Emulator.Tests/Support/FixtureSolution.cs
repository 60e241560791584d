using System.Reflection;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Support;

/// <summary>The fixture solution under Fixtures/Basic, loaded once; every test works on its own clone.</summary>
internal static class FixtureSolution
{
    public static string RepoRoot { get; } = typeof(FixtureSolution).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Folder { get; } = Path.Combine(RepoRoot, "tests", "Emulator.Tests", "Fixtures", "Basic");

    private static readonly Lazy<DataverseEmulator> Template = new(() => DataverseEmulator.Load(Folder, new EmulatorOptions { Seed = 42 }));

    public static DataverseEmulator NewEmulator() => Template.Value.Clone();

    public static Guid CreateWidget(this IOrganizationService service, string name, int? quantity = null)
    {
        var widget = new Entity("hitl_widget") { ["hitl_name"] = name };
        if (quantity is not null) widget["hitl_quantity"] = quantity.Value;
        return service.Create(widget);
    }

    public static OrganizationServiceFault Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;

    public static IReadOnlyList<string> TraceOf(this DataverseEmulator emulator, string step) =>
        emulator.ExecutionLog.Last(e => e.Step == step).Trace;
}
