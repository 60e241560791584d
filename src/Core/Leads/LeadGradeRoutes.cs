using Hitl.Core.Scoring;
using Hitl.Core.Approvals;
using Hitl.Core.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Leads;

/// <summary>
/// hitl_LeadGradeRoutes: {"A":"Key Accounts","B":"Inside Sales"}. The owner team a lead of each grade is assigned to
/// when it needs no review. A grade without a route is never routed automatically: it goes to review (fail safe).
/// </summary>
public sealed class LeadGradeRoutes
{
    public const string SettingName = "hitl_LeadGradeRoutes";

    /// <summary>Longest team name Dataverse stores (team.name is nvarchar(160)).</summary>
    public const int MaxTeamNameLength = 160;

    private readonly IReadOnlyDictionary<LeadGrade, string> _teams;

    public LeadGradeRoutes(IReadOnlyDictionary<LeadGrade, string>? teams = null)
    {
        var copy = new Dictionary<LeadGrade, string>();
        foreach (var pair in teams ?? new Dictionary<LeadGrade, string>())
        {
            if (!Enum.IsDefined(typeof(LeadGrade), pair.Key)) throw new ArgumentOutOfRangeException(nameof(teams), pair.Key, "Not a lead grade.");
            if (string.IsNullOrWhiteSpace(pair.Value)) throw new ArgumentException($"The team of grade {pair.Key} is empty.", nameof(teams));
            copy[pair.Key] = pair.Value.Trim();
        }

        _teams = copy;
    }

    /// <summary>The shipped routes: none, so every scored lead goes to review until an admin names the teams.</summary>
    public static LeadGradeRoutes Default { get; } = new();

    /// <summary>The environment variable's default value: <see cref="Default"/> as JSON.</summary>
    public static string DefaultJson { get; } = Default.ToJson();

    public IReadOnlyDictionary<LeadGrade, string> Teams => _teams;

    /// <summary>The owner team's name for this grade, or null when the grade has no route (the lead goes to review).</summary>
    public string? TeamFor(LeadGrade grade) => _teams.TryGetValue(grade, out var team) ? team : null;

    /// <summary>Keys are grade letters A to D (any letter case, each once); values are non-empty team names.</summary>
    public static LeadGradeRoutes Parse(string? json)
    {
        var token = ConfigJson.Parse(SettingName, json);
        if (!(token is JObject obj))
        {
            throw new ConfigurationException(SettingName, $"expected an object of grade to team name such as {{\"A\":\"Key Accounts\",\"B\":\"Inside Sales\"}}, not {ConfigJson.Describe(token)}.");
        }

        var teams = new Dictionary<LeadGrade, string>();
        foreach (var property in obj.Properties())
        {
            var grade = ParseGrade(property.Name);
            if (teams.ContainsKey(grade)) throw new ConfigurationException(SettingName, $"grade {grade} is routed more than once.");
            teams[grade] = TeamName(grade, property.Value);
        }

        return new LeadGradeRoutes(teams);
    }

    private static LeadGrade ParseGrade(string name)
    {
        foreach (LeadGrade grade in Enum.GetValues(typeof(LeadGrade)))
        {
            if (string.Equals(grade.ToString(), name.Trim(), StringComparison.OrdinalIgnoreCase)) return grade;
        }

        throw new ConfigurationException(SettingName, $"{InputText.Quote(name)} is not a grade. Use {string.Join(", ", Enum.GetNames(typeof(LeadGrade)))}.");
    }

    private static string TeamName(LeadGrade grade, JToken value)
    {
        if (value.Type != JTokenType.String) throw new ConfigurationException(SettingName, $"the team of grade {grade} must be a team name in quotes, not {ConfigJson.Describe(value)}.");
        var team = ((string?)value ?? string.Empty).Trim();
        if (team.Length == 0) throw new ConfigurationException(SettingName, $"the team of grade {grade} is empty; remove the grade to send its leads to review.");
        if (team.Length > MaxTeamNameLength) throw new ConfigurationException(SettingName, $"the team of grade {grade} is longer than {MaxTeamNameLength} characters, the longest team name Dataverse stores.");
        return team;
    }

    private string ToJson()
    {
        var json = new JObject();
        foreach (var pair in _teams.OrderBy(p => p.Key)) json[pair.Key.ToString()] = pair.Value;
        return json.ToString(Formatting.None);
    }
}
