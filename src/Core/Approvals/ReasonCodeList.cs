using Hitl.Core.Configuration;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Approvals;

/// <summary>hitl_ApprovalReasonCodes: a JSON array of distinct, non-empty codes (each fits hitl_reasoncode).</summary>
public static class ReasonCodeList
{
    public const string SettingName = "hitl_ApprovalReasonCodes";
    public static IReadOnlyList<string> Default { get; } = new[] { "DataQuality", "PolicyException", "ModelError", "CustomerContext", "Disqualify", "Other" };

    /// <summary>The environment variable's default value: <see cref="Default"/> as a JSON array.</summary>
    public static string DefaultJson { get; } = new JArray(Default).ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>hitl_reasoncode is nvarchar(100).</summary>
    public const int MaxCodeLength = 100;


    public static IReadOnlyList<string> Parse(string? json)
    {
        var token = ConfigJson.Parse(SettingName, json);
        if (!(token is JArray array))
        {
            throw new ConfigurationException(SettingName, $"expected an array of codes such as [\"DataQuality\",\"Other\"], not {ConfigJson.Describe(token)}.");
        }

        if (array.Count == 0)
        {
            throw new ConfigurationException(SettingName, "the list is empty, so nobody could reject or override. Configure at least one code.");
        }

        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String) throw new ConfigurationException(SettingName, $"every code must be text; {ConfigJson.Describe(item)} is not.");
            var code = ((string?)item ?? string.Empty).Trim();
            if (code.Length == 0) throw new ConfigurationException(SettingName, "a code is empty.");
            if (code.Length > MaxCodeLength) throw new ConfigurationException(SettingName, $"the code {InputText.Quote(code)} is longer than {MaxCodeLength} characters.");
            if (!seen.Add(code)) throw new ConfigurationException(SettingName, $"the code {InputText.Quote(code)} appears more than once.");
            codes.Add(code);
        }

        return codes;
    }
}
