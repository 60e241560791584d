using System.Diagnostics;

namespace Hitl.Deploy.Tests;

/// <summary>Runs the hitl-deploy helper that a pack.sh run built into <c>&lt;out&gt;/tools</c>.</summary>
internal static class Tool
{
    public static ScriptResult Run(string outFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add(Path.Combine(outFolder, "tools", "bin", "Hitl.Deploy", "release", "hitl-deploy.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ScriptResult(process.ExitCode, output.Result, error.Result);
    }
}
