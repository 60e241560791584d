using System.Diagnostics;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;

namespace Hitl.Deploy.Tests;

/// <summary>Every bash script has an equivalent PowerShell twin, and both stop at the first error.</summary>
public sealed partial class ScriptConventionTests
{
    private static readonly string[] ShellScripts = Directory.GetFiles(Repo.Scripts, "*.sh").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
    private static readonly string[] PowerShellScripts = Directory.GetFiles(Repo.Scripts, "*.ps1").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public static TheoryData<string> Pairs() => [.. ShellScripts.Where(s => s != "lib.sh").Select(s => Path.GetFileNameWithoutExtension(s))];

    [Fact]
    public void Every_shell_script_is_committed_executable()
    {
        Assert.NotEmpty(ShellScripts);
        var modes = GitModes();
        foreach (var script in ShellScripts)
        {
            Assert.True(modes.TryGetValue($"pac-scripts/{script}", out var mode), $"pac-scripts/{script} is not in git");
            Assert.True(mode == "100755", $"pac-scripts/{script} has git mode {mode}: run git add --chmod=+x pac-scripts/{script}");
        }
    }

    [Fact]
    public void Every_script_has_a_twin_in_the_other_shell()
    {
        Assert.Equal(ShellScripts.Select(Path.GetFileNameWithoutExtension), PowerShellScripts.Select(Path.GetFileNameWithoutExtension));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_bash_script_stops_at_the_first_error(string name)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Scripts, $"{name}.sh"));
        Assert.StartsWith("#!/usr/bin/env bash\n", text);
        Assert.Contains("\nset -euo pipefail\n", text);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_powershell_script_parses_declares_its_parameters_and_stops_at_the_first_error(string name)
    {
        var script = Parse($"{name}.ps1");

        Assert.NotNull(script.ParamBlock);
        var stop = script.EndBlock.Statements.OfType<AssignmentStatementAst>().FirstOrDefault();
        Assert.NotNull(stop);
        Assert.Equal("$ErrorActionPreference = 'Stop'", stop.Extent.Text);
    }

    [Fact]
    public void The_shared_powershell_functions_parse()
    {
        Assert.NotEmpty(Parse("lib.ps1").FindAll(a => a is FunctionDefinitionAst, searchNestedScriptBlocks: false));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_powershell_parameters_mirror_the_bash_options(string name)
    {
        // --package-only in bash is -PackageOnly in PowerShell.
        var bash = ShellOption().Matches(File.ReadAllText(Path.Combine(Repo.Scripts, $"{name}.sh")))
            .Select(m => m.Groups["name"].Value.Replace("-", "", StringComparison.Ordinal))
            .Where(option => option != "help")
            .Order(StringComparer.Ordinal);
        var powerShell = Parse($"{name}.ps1").ParamBlock!.Parameters
            .Select(p => p.Name.VariablePath.UserPath.ToLowerInvariant())
            .Order(StringComparer.Ordinal);

        Assert.Equal(bash, powerShell);
    }

    private static ScriptBlockAst Parse(string file)
    {
        var script = Parser.ParseFile(Path.Combine(Repo.Scripts, file), out _, out var errors);
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{file}:{e.Extent.StartLineNumber}: {e.Message}")));
        return script;
    }

    private static Dictionary<string, string> GitModes()
    {
        var start = new ProcessStartInfo("git", ["ls-files", "-s", "--", "pac-scripts"]) { RedirectStandardOutput = true, WorkingDirectory = Repo.Root };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[1], parts => parts[0].Split(' ')[0]);
    }

    // A case branch of the option loop: "    --standin)" or "    -h|--help)".
    [GeneratedRegex(@"^\s+(?:-\w\|)?--(?<name>[a-z][a-z-]*)\)", RegexOptions.Multiline)]
    private static partial Regex ShellOption();
}
