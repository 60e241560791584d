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

    /// <summary>The evidence as JSON; throws <see cref="ArgumentException"/> when it is longer than hitl_evidence holds.</summary>
    public string ToJson() => TryToJson(out var json, out var problem) ? json : throw new ArgumentException(problem);

    /// <summary>The evidence as JSON, and false with what is wrong when it is longer than hitl_evidence holds.</summary>
    public bool TryToJson(out string json, out string? problem)
    {
        json = Serialize();
        problem = LengthProblem(json.Length);
        return problem == null;
    }

    /// <summary>
    /// Evidence a client sends with a new approval: a JSON object (what the approver is shown as evidence) that fits
    /// hitl_evidence. Null when usable or absent; else what to fix, quoting none of it.
    /// </summary>
    public static string? Check(string? json)
    {
        if (json == null) return null;
        var lengthProblem = LengthProblem(json.Length);
        if (lengthProblem != null) return lengthProblem;

        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            if (reader.Read()) return NotAnObject("it has text after the JSON");
            return token is JObject ? null : NotAnObject($"it is a JSON {token.Type.ToString().ToLowerInvariant()}");
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            // Position only: the parser's message quotes the input.
            var position = ex is Newtonsoft.Json.JsonReaderException read ? $" (line {read.LineNumber}, position {read.LinePosition})" : string.Empty;
            return NotAnObject($"it is not valid JSON{position}");
        }
    }

    private static string NotAnObject(string why) =>
        $"The evidence must be a JSON object such as {{\"score\":71,\"reasons\":[\"Budget confirmed\"]}}, but {why}. Send what the approver should see as JSON.";

    private static string? LengthProblem(int length) =>
        length <= MaxLength
            ? null
            : $"The evidence is {length} characters as JSON, more than hitl_evidence holds ({MaxLength}); keep the evidence to what the approver needs.";

    private string Serialize()
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

        return json.ToString(Newtonsoft.Json.Formatting.None);
    }
}
