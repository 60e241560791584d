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

    public static string Build(ApprovalType type, string regardingTable, Guid regardingId)
    {
        if (!Enum.IsDefined(typeof(ApprovalType), type)) throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown approval type.");
        if (string.IsNullOrWhiteSpace(regardingTable)) throw new ArgumentException("An approval needs the logical name of the record it is about.", nameof(regardingTable));
        if (regardingId == Guid.Empty) throw new ArgumentException("An approval needs the id of the record it is about.", nameof(regardingId));

        var key = string.Join("|",
            ((int)type).ToString(CultureInfo.InvariantCulture),
            regardingTable.Trim().ToLowerInvariant(),
            regardingId.ToString("D").ToLowerInvariant());
        if (key.Length > MaxLength) throw new ArgumentException($"The correlation key would exceed {MaxLength} characters; the table name is too long.", nameof(regardingTable));
        return key;
    }

    /// <summary>hitl_regardingid is text; any Guid format is accepted and normalised.</summary>
    public static string Build(ApprovalType type, string regardingTable, string regardingId)
    {
        if (!Guid.TryParse(regardingId?.Trim(), out var id))
        {
            throw new ArgumentException($"'{regardingId}' is not a record id (a GUID).", nameof(regardingId));
        }

        return Build(type, regardingTable, id);
    }

    /// <summary>
    /// The open approval (pending or escalated) that already holds <paramref name="key"/>, to be returned
    /// instead of creating a second one; null when a new approval may be created. If several are open
    /// (data written before the rule), the oldest wins so every caller gets the same answer.
    /// </summary>
    public static ApprovalSnapshot? FindOpen(string key, IEnumerable<ApprovalSnapshot> existing)
    {
        if (key == null) throw new ArgumentNullException(nameof(key));
        if (existing == null) throw new ArgumentNullException(nameof(existing));
        return existing
            .Where(a => ApprovalStateMachine.IsOpen(a.Status) && string.Equals(a.CorrelationKey, key, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.CreatedOn ?? DateTime.MaxValue)
            .ThenBy(a => a.Id)
            .FirstOrDefault();
    }
}
