using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring;

/// <summary>
/// hitl_ProtectedAttributes: a JSON array of lead column logical names no scoring model may read, because scoring on
/// them (or on a close proxy) would discriminate. The validator refuses any rule or feature on one of them.
/// </summary>
public sealed class ProtectedAttributes
{
    public const string SettingName = "hitl_ProtectedAttributes";

    private readonly HashSet<string> _columns;

    public ProtectedAttributes(IEnumerable<string> columns)
    {
        if (columns == null) throw new ArgumentNullException(nameof(columns));
        Columns = columns.ToList();
        _columns = new HashSet<string>(Columns, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Gender, date of birth and family status (special-category and age data some organisations add to leads), and
    /// salutation, which on a standard lead is a proxy for gender (Mr / Ms).
    /// </summary>
    public static ProtectedAttributes Default { get; } = new(new[] { "gendercode", "birthdate", "familystatuscode", "salutation" });

    /// <summary>The environment variable's default value: <see cref="Default"/> as a JSON array.</summary>
    public static string DefaultJson { get; } = new JArray(Default.Columns).ToString(Formatting.None);

    public IReadOnlyList<string> Columns { get; }

    /// <summary>Case-insensitive, so a differently cased name in the setting still protects the column.</summary>
    public bool Contains(string column) => _columns.Contains(column);

    /// <summary>An empty array is allowed (no column protected); every entry must be a distinct logical name.</summary>
    public static ProtectedAttributes Parse(string? json)
    {
        var token = ConfigJson.Parse(SettingName, json);
        if (!(token is JArray array))
        {
            throw new ConfigurationException(SettingName, $"expected an array of lead column names such as {DefaultJson}, not {ConfigJson.Describe(token)}.");
        }

        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String) throw new ConfigurationException(SettingName, $"every entry must be a column name; {ConfigJson.Describe(item)} is not.");
            var column = ((string?)item ?? string.Empty).Trim();
            if (column.Length == 0) throw new ConfigurationException(SettingName, "an entry is empty.");
            if (!seen.Add(column)) throw new ConfigurationException(SettingName, $"the column '{column}' appears more than once.");
            columns.Add(column);
        }

        return new ProtectedAttributes(columns);
    }
}
