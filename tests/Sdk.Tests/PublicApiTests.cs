using System.Reflection;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using PublicApiGenerator;

namespace Hitl.Sdk.Tests;

/// <summary>
/// The stand-in's public surface is reviewed as a text listing: any change to it fails here with a diff.
/// After reviewing an intended change, accept it with HITL_ACCEPT_API=1 (see sdk/README.md).
/// </summary>
public class PublicApiTests
{
    // PublicApiGenerator skips System* and Microsoft* namespaces by default; these are exactly the ones we list.
    private static readonly ApiGeneratorOptions Options = new()
    {
        IncludeAssemblyAttributes = false,
        AllowNamespacePrefixes = ["Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk"],
    };

    public static TheoryData<string> Assemblies => new() { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Public_surface_matches_the_reviewed_listing(string assemblyName)
    {
        Assembly assembly = assemblyName == "Microsoft.Xrm.Sdk" ? typeof(Entity).Assembly : typeof(WhoAmIRequest).Assembly;
        string actual = Normalise(assembly.GeneratePublicApi(Options));
        Assert.Contains("namespace Microsoft.", actual);
        string path = RepoPaths.Combine("sdk", $"PublicApi.{assemblyName}.txt");

        if (Environment.GetEnvironmentVariable("HITL_ACCEPT_API") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; create it with HITL_ACCEPT_API=1 (see sdk/README.md).");
        string expected = Normalise(File.ReadAllText(path));
        if (expected != actual)
        {
            string diff = LineDiff.Describe(expected.Split('\n'), actual.Split('\n'));
            Assert.Fail($"The public surface of {assemblyName} differs from {path} (- listed, + built):\n{diff}\n"
                + "If the change is intended, re-run with HITL_ACCEPT_API=1 and commit the listing.");
        }
    }

    [Fact]
    public void Line_diff_shows_removed_and_added_lines()
    {
        string diff = LineDiff.Describe(["a", "b", "c"], ["a", "x", "c"]);

        Assert.Contains("- b", diff);
        Assert.Contains("+ x", diff);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
