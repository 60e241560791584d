namespace Hitl.Deploy;

/// <summary>One method per command: reads the options, calls the worker, reports on stdout.</summary>
internal static class Commands
{
    public static int Version(Arguments arguments)
    {
        Console.WriteLine(SolutionManifest.ReadVersion(arguments.Required("solution")));
        return 0;
    }

    public static int CheckBuild(Arguments arguments)
    {
        var flavour = BuildOutputCheck.Verify(arguments.Required("bin"), arguments.Flag("standin"));
        Console.WriteLine(flavour == SdkFlavour.StandIn
            ? "warning: these assemblies were compiled against the SDK stand-in in sdk/. Dataverse will not load them: this is a rehearsal of the packaging, not a deployable build."
            : "Build output checked: compiled against Microsoft.CrmSdk.CoreAssemblies, no SDK assembly shipped.");
        return 0;
    }

    public static int Stage(Arguments arguments)
    {
        var output = arguments.Required("out");
        var staged = SolutionStager.Stage(
            arguments.Required("solution"), arguments.Required("bin"), arguments.Required("nupkg"), output, arguments.Flag("package-only"), arguments.Flag("both"));
        foreach (var file in staged)
        {
            Console.WriteLine($"staged {file}");
        }

        return 0;
    }

    public static int Settings(Arguments arguments)
    {
        var result = DeploymentSettingsWriter.Write(arguments.Required("solution"), arguments.Required("out"));
        Console.WriteLine(
            $"{result.Path}: {result.EnvironmentVariables} environment variable(s), {result.ConnectionReferences} connection reference(s), " +
            $"{result.KeptValues} value(s) kept from the existing file.");
        return 0;
    }
}
