using System.Diagnostics;

namespace Hitl.Deploy.Tests;

/// <summary>What a pac-script printed and returned.</summary>
internal sealed record ScriptResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs pac-scripts/*.sh with bash, on a PATH without pac (pac is never on the build machines, but be sure).</summary>
internal static class Script
{
    public static ScriptResult Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add(Path.Combine(Repo.Scripts, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = PathWithoutPac();
        start.Environment.Remove("HITL_DEPLOY_OUT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish.");
        }

        return new ScriptResult(process.ExitCode, output.Result, error.Result);
    }

    public static string PathWithoutPac() =>
        string.Join(':', (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Where(dir => dir.Length > 0 && !File.Exists(Path.Combine(dir, "pac"))));
}
