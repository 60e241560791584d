using System.Globalization;
using Hitl.Core.Decisions;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Approvals;

/// <summary>
/// The hitl_evidence snapshot shown to the approver: what the automation saw and why it proposed what it did.
/// <see cref="ToJson"/> is deterministic: fixed property order, camelCase, unset parts left out, consent
/// purposes sorted, flags distinct and sorted, reasons kept in their order (most important first),
/// inputs and details written as canonical JSON.
/// </summary>
public sealed record ApprovalEvidence
{
    /// <summary>hitl_evidence is ntext with at most 1,048,576 characters.</summary>
    public const int MaxLength = 1048576;

    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public string? ModelVersion { get; init; }

    public IReadOnlyList<string>? Reasons { get; init; }

    /// <summary>Consent state per purpose, e.g. {"profiling":"Granted","marketingEmail":"Withdrawn"}.</summary>
    public IReadOnlyDictionary<string, string>? Consent { get; init; }

    /// <summary>Flags that drew a human in, e.g. "HighValue", "BiasGuard", "MissingConsent".</summary>
    public IReadOnlyCollection<string>? Flags { get; init; }

    public AutomatedDecisionType? DecisionType { get; init; }

    public Guid? AutomatedDecisionId { get; init; }

    public DateTime? DecidedOn { get; init; }

    public IReadOnlyDictionary<string, object?>? Inputs { get; init; }

    public string? Outcome { get; init; }

    /// <summary>The data subject's statement when a decision is contested.</summary>
    public string? Statement { get; init; }

    /// <summary>Type-specific facts (e.g. a commission's amount and plan rate), written canonically.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }

    public string ToJson()
    {
        var json = new JObject();
        if (Score.HasValue) json["score"] = Score.Value;
        if (!string.IsNullOrWhiteSpace(Grade)) json["grade"] = Grade;
        if (!string.IsNullOrWhiteSpace(ModelVersion)) json["modelVersion"] = ModelVersion;
        if (Reasons != null && Reasons.Count > 0) json["reasons"] = new JArray(Reasons.Select(r => (object)r));
        if (Consent != null && Consent.Count > 0)
        {
            json["consent"] = new JObject(Consent.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new JProperty(p.Key, p.Value)));
        }

        if (Flags != null && Flags.Count > 0)
        {
            json["flags"] = new JArray(Flags.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).Select(f => (object)f));
        }

        if (DecisionType.HasValue) json["decisionType"] = DecisionType.Value.ToString();
        if (AutomatedDecisionId.HasValue) json["automatedDecisionId"] = AutomatedDecisionId.Value.ToString("D");
        if (DecidedOn.HasValue) json["decidedOn"] = DateTime.SpecifyKind(DecidedOn.Value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Outcome)) json["outcome"] = Outcome;
        if (Inputs != null) json["inputs"] = CanonicalJson.ToToken(Inputs);
        if (!string.IsNullOrWhiteSpace(Statement)) json["statement"] = Statement;
        if (Details != null && Details.Count > 0) json["details"] = CanonicalJson.ToToken(Details);

        var text = json.ToString(Newtonsoft.Json.Formatting.None);
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"The evidence is {text.Length} characters as JSON, more than hitl_evidence holds ({MaxLength}); keep the evidence to what the approver needs.");
        }

        return text;
    }
}
