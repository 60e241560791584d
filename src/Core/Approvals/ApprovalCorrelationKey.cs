using System.Globalization;

namespace Hitl.Core.Approvals;

/// <summary>
/// hitl_correlationkey = "&lt;type option value&gt;|&lt;regarding table logical name, lower case&gt;|&lt;regarding id, D format, lower case&gt;",
/// e.g. "741200000|lead|0f8fad5b-d9cb-469f-a165-70867728950e". At most one open approval exists per key.
/// </summary>
public static class ApprovalCorrelationKey
{
    /// <summary>hitl_correlationkey is nvarchar(250).</summary>
    public const int MaxLength = 250;

    public static string Build(ApprovalType type, Regarding regarding)
    {
        if (type == null) throw new ArgumentNullException(nameof(type));
        if (regarding == null) throw new ArgumentNullException(nameof(regarding));
        if (!type.IsRegistered) throw new ArgumentOutOfRangeException(nameof(type), type.Value, "Unknown approval type.");

        var key = string.Join("|", type.Value.ToString(CultureInfo.InvariantCulture), regarding.Table, regarding.Id.ToString("D"));
        if (key.Length > MaxLength) throw new ArgumentException($"The correlation key would exceed {MaxLength} characters; the table name is too long.", nameof(regarding));
        return key;
    }
}
