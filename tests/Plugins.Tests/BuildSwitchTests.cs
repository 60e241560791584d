using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Hitl.Plugins.Tests;

/// <summary>
/// The shipped projects compile against the in-repo SDK stand-in by default and against the real
/// Microsoft.CrmSdk.CoreAssemblies package with -p:DataverseSdk=Package. Evaluated with msbuild, no restore.
/// </summary>
public class BuildSwitchTests
{
    public static TheoryData<string> ShippedProjects => new()
    {
        "src/Dataverse/Hitl.Dataverse.csproj",
        "src/Plugins/Hitl.Plugins.csproj",
        "src/CustomApis/Hitl.CustomApis.csproj",
    };

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Package_build_references_CoreAssemblies_and_drops_the_stand_in(string project)
    {
        var items = Evaluate(project, "Package");

        var package = Assert.Single(items.PackageReferences, p => p.Name == "Microsoft.CrmSdk.CoreAssemblies");
        Assert.StartsWith("9.0.2.", package.Version);
        Assert.DoesNotContain(items.ProjectReferences, r => r.Contains("/sdk/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Default_build_uses_the_stand_in_and_no_sdk_package(string project)
    {
        var items = Evaluate(project, sdk: null);

        Assert.DoesNotContain(items.PackageReferences, p => p.Name.StartsWith("Microsoft.CrmSdk", StringComparison.Ordinal));
        Assert.Contains(items.ProjectReferences, r => r.EndsWith("sdk/Microsoft.Xrm.Sdk/Microsoft.Xrm.Sdk.csproj", StringComparison.Ordinal));
        Assert.Contains(items.ProjectReferences, r => r.EndsWith("sdk/Microsoft.Crm.Sdk.Proxy/Microsoft.Crm.Sdk.Proxy.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_never_references_the_sdk_in_either_build()
    {
        foreach (var sdk in new[] { "StandIn", "Package" })
        {
            var items = Evaluate("src/Core/Hitl.Core.csproj", sdk);
            Assert.DoesNotContain(items.PackageReferences, p => p.Name.StartsWith("Microsoft.CrmSdk", StringComparison.Ordinal));
            Assert.DoesNotContain(items.ProjectReferences, r => r.Contains("/sdk/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_unknown_switch_value_is_refused_with_a_clear_message()
    {
        var (exitCode, output) = Run("msbuild", "src/Plugins/Hitl.Plugins.csproj", "-t:HitlCheckDataverseSdk", "-p:DataverseSdk=Real", "-p:TargetFramework=net462", "-nologo");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("DataverseSdk must be 'StandIn' or 'Package', not 'Real'", output);
    }

    private static EvaluatedItems Evaluate(string project, string? sdk)
    {
        var args = new List<string> { "msbuild", project, "-getItem:PackageReference", "-getItem:ProjectReference", "-p:TargetFramework=net462", "-nologo" };
        if (sdk != null) args.Add($"-p:DataverseSdk={sdk}");
        var (exitCode, output) = Run(args.ToArray());
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{output}");

        var items = JObject.Parse(output)["Items"]!;
        return new EvaluatedItems(
            (items["PackageReference"] ?? new JArray()).Select(i => new PackageItem((string)i["Identity"]!, (string?)i["Version"] ?? "")).ToList(),
            (items["ProjectReference"] ?? new JArray()).Select(i => ((string)i["FullPath"]!).Replace('\\', '/')).ToList());
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private sealed record PackageItem(string Name, string Version);

    private sealed record EvaluatedItems(IReadOnlyList<PackageItem> PackageReferences, IReadOnlyList<string> ProjectReferences);
}
