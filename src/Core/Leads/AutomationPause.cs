using Hitl.Core.Approvals;
using Hitl.Core.Configuration;

namespace Hitl.Core.Leads;

/// <summary>
/// hitl_AutomationPaused: the kill switch. Boolean, stored by Dataverse as "yes" or "no"; "yes" means no lead is
/// routed automatically: every scored lead goes to review.
/// </summary>
public static class AutomationPause
{
    public const string SettingName = "hitl_AutomationPaused";

    /// <summary>The shipped value: automation runs.</summary>
    public const bool Default = false;

    /// <summary>The environment variable's default value: <see cref="Default"/> as Dataverse stores a Boolean.</summary>
    public static string DefaultText { get; } = Format(Default);

    public static string Format(bool paused) => paused ? "yes" : "no";

    /// <summary>"yes" or "no", in any letter case; anything else (including "true", "1") is refused rather than guessed.</summary>
    public static bool Parse(string? raw)
    {
        var text = raw?.Trim();
        if (string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(text, "no", StringComparison.OrdinalIgnoreCase)) return false;
        throw new ConfigurationException(SettingName, $"{InputText.Quote(raw)} is not a Boolean value; Dataverse stores yes or no.");
    }
}
