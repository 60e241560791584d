namespace Hitl.Core.Configuration;

/// <summary>
/// A setting holds a value the product cannot use. Callers fail safe: they keep a human in the loop
/// and never auto-approve on a configuration they could not read.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string settingName, string problem)
        : base($"Environment variable '{settingName}' is invalid: {problem}")
    {
        SettingName = settingName;
    }

    public string SettingName { get; }
}
