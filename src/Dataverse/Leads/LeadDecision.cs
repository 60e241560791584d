using Hitl.Core.Leads.Routing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// What PreOperation scoring decided about a lead, handed to PostOperation (where the lead's id exists) to log the
/// decision and request the review. Travels as JSON in SharedVariables, which carry only simple values.
/// </summary>
public sealed record LeadDecision(
    LeadRoutingAction Action,
    string ModelVersion,
    int? Score,
    string? Grade,
    IReadOnlyList<string> ScoreReasons,
    IReadOnlyList<string> ReviewReasons,
    IReadOnlyDictionary<string, object?> Inputs,
    string? ProposedTeam,
    Guid? ProposedTeamId)
{
    public const string SharedVariable = "hitl.leadDecision";

    public string Outcome => Action switch
    {
        LeadRoutingAction.RouteAutomatically => $"Routed automatically to {ProposedTeam}",
        LeadRoutingAction.RequestReview => "Pending review",
        _ => "Rescored; owner kept",
    };

    public string ToJson() => JsonConvert.SerializeObject(this);

    public static LeadDecision? From(object? shared)
    {
        if (!(shared is string json)) return null;
        var token = JObject.Parse(json);
        var inputs = ((JObject?)token[nameof(Inputs)] ?? new JObject()).Properties()
            .ToDictionary(p => p.Name, p => p.Value is JValue value ? value.Value : (object?)p.Value.ToString(Formatting.None));
        return new LeadDecision(
            token[nameof(Action)]!.ToObject<LeadRoutingAction>(),
            (string)token[nameof(ModelVersion)]!,
            (int?)token[nameof(Score)],
            (string?)token[nameof(Grade)],
            token[nameof(ScoreReasons)]!.ToObject<List<string>>()!,
            token[nameof(ReviewReasons)]!.ToObject<List<string>>()!,
            inputs,
            (string?)token[nameof(ProposedTeam)],
            (Guid?)token[nameof(ProposedTeamId)]);
    }
}
