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
        var flavour = BuildOutputCheck.Verify(arguments.Required("bin"), arguments.Required("registrations"), arguments.Flag("standin"));
        Console.WriteLine(flavour == SdkFlavour.StandIn
            ? "warning: these assemblies were compiled against the SDK stand-in in sdk/. Dataverse will not load them: this is a rehearsal of the packaging, not a deployable build."
            : "Build output checked: compiled against Microsoft.CrmSdk.CoreAssemblies, no SDK assembly shipped.");
        return 0;
    }

    public static int Stage(Arguments arguments)
    {
        var output = arguments.Required("out");
        var staged = SolutionStager.Stage(
            arguments.Required("solution"), arguments.Required("nupkg"), output, arguments.Flag("both"));
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

    /// <summary>Prints, as JSON, the requests bind would send: the repository's registrations of package types.</summary>
    public static int BindPlan(Arguments arguments)
    {
        var plan = Deploy.BindPlan.From(arguments.Required("solution"), arguments.Required("registrations"));
        Console.WriteLine(plan.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    /// <summary>Sends the plan to --environment with the bearer token in HITL_DATAVERSE_TOKEN (never a command-line argument).</summary>
    public static async Task<int> Bind(Arguments arguments)
    {
        var environment = arguments.Value("environment") ?? throw new UsageException("bind needs --environment <https://org.crm.dynamics.com>.");
        var token = Environment.GetEnvironmentVariable("HITL_DATAVERSE_TOKEN");
        if (string.IsNullOrEmpty(token))
        {
            throw new UsageException("bind needs an access token for the environment in HITL_DATAVERSE_TOKEN (bind.sh gets one from the Azure CLI).");
        }

        var plan = Deploy.BindPlan.From(arguments.Required("solution"), arguments.Required("registrations"));
        using var http = DataverseBinder.Client(environment, token);
        await new DataverseBinder(http, Console.WriteLine).Run(plan);
        Console.WriteLine($"Bound {plan.Requests.Count} registration(s) of plug-in package {plan.Package} in {environment}.");
        return 0;
    }
}
