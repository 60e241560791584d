namespace Hitl.Deploy.Tests;

/// <summary>The scripts that only pac can do fail with a message that says how to get it.</summary>
public sealed class PacPrerequisiteTests
{
    [Theory]
    [InlineData("import.sh")]
    [InlineData("register.sh", "--package-id", "6a1f0e2c-5b7d-4c39-9e84-2f0b1d3c4a55")]
    public void Without_pac_the_script_stops_and_says_how_to_install_and_sign_in(string script, params string[] arguments)
    {
        using var folder = new TempFolder();

        var result = Script.Run(script, [.. arguments, "--out", folder.Path]);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("'pac' was not found on PATH", result.Error);
        Assert.Contains("dotnet tool install --global Microsoft.PowerApps.CLI.Tool", result.Error);
        Assert.Contains("pac auth create", result.Error);
    }

    [Fact]
    public void Register_without_a_package_id_is_a_usage_error()
    {
        var result = Script.Run("register.sh");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--package-id is required", result.Error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = Script.Run("pack.sh", "--no-such-option");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown option '--no-such-option'", result.Error);
    }
}
