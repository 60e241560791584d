using Hitl.Deploy;

// Entry point for the pac-scripts: `hitl-deploy <command> --option value ...`.
// Exit codes: 0 done, 1 the inputs are wrong (message on stderr), 2 bad command line.
try
{
    var arguments = Arguments.Parse(args);
    return arguments.Command switch
    {
        "version" => Commands.Version(arguments),
        "check-build" => Commands.CheckBuild(arguments),
        "stage" => Commands.Stage(arguments),
        "settings" => Commands.Settings(arguments),
        "bind-plan" => Commands.BindPlan(arguments),
        "bind" => await Commands.Bind(arguments),
        _ => throw new UsageException($"unknown command '{arguments.Command}'. Commands: version, check-build, stage, settings, bind-plan, bind."),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"hitl-deploy: {ex.Message}");
    return 2;
}
catch (DeployException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
