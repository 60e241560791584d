using Newtonsoft.Json.Linq;

namespace Hitl.Core.Decisions;

/// <summary>
/// One automated decision for the hitl_automateddecision log (GDPR Art. 22): what decided, about which
/// record, with which model version and inputs, the outcome and its top reasons in order of weight.
/// Every capability logs through this record so all decisions are recorded the same way.
/// </summary>
public sealed record AutomatedDecisionRecord(
    AutomatedDecisionType Type,
    string RegardingTable,
    Guid RegardingId,
    string ModelVersion,
    IReadOnlyDictionary<string, object?> Inputs,
    string Outcome,
    IReadOnlyList<string> Reasons,
    bool NeedsReview,
    DateTime DecidedOn)
{
    public const int MaxReasons = 10;
    public const int MaxModelVersionLength = 100;
    public const int MaxOutcomeLength = 200;
    public const int MaxRegardingTableLength = 100;
    public const int MaxNameLength = 200;

    /// <summary>hitl_inputs and hitl_reasons are ntext with at most 1,048,576 characters.</summary>
    public const int MaxJsonLength = 1048576;

    /// <summary>hitl_name: readable in views, e.g. "LeadScoring lead: Review".</summary>
    public string Name
    {
        get
        {
            var name = $"{Type} {RegardingTable}: {Outcome}";
            return name.Length <= MaxNameLength ? name : name.Substring(0, MaxNameLength);
        }
    }

    /// <summary>hitl_inputs: canonical JSON (keys sorted at every depth, no whitespace).</summary>
    public string InputsJson() => CanonicalJson.Serialize(Inputs);

    /// <summary>hitl_reasons: a JSON array of strings, in the order given (most important first).</summary>
    public string ReasonsJson() => CanonicalJson.Write(new JArray((Reasons ?? Array.Empty<string>()).Select(r => (object)r)));

    /// <summary>Every problem found, each a sentence; empty when the record can be logged.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(typeof(AutomatedDecisionType), Type)) problems.Add($"The decision type {(int)Type} is not a known automated decision type.");
        Required(problems, "The regarding table (logical name)", RegardingTable, MaxRegardingTableLength);
        if (RegardingId == Guid.Empty) problems.Add("The regarding record id is required.");
        Required(problems, "The model version", ModelVersion, MaxModelVersionLength);
        Required(problems, "The outcome", Outcome, MaxOutcomeLength);

        var reasons = Reasons ?? Array.Empty<string>();
        if (reasons.Count > MaxReasons) problems.Add($"At most {MaxReasons} reasons are logged; {reasons.Count} were given. Keep the top {MaxReasons}.");
        if (reasons.Any(string.IsNullOrWhiteSpace)) problems.Add("A reason is empty.");

        if (Inputs == null)
        {
            problems.Add("The inputs are required (use an empty set when the decision used none).");
            return problems;
        }

        JToken inputs;
        try
        {
            inputs = CanonicalJson.ToToken(Inputs);
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException || ex is ArgumentException)
        {
            problems.Add($"The inputs cannot be written as JSON: {ex.Message}");
            return problems;
        }

        var personal = PersonalDataPolicy.FindPersonalDataKeys(inputs);
        if (personal.Count > 0)
        {
            problems.Add($"The inputs contain fields that look like personal data ({string.Join(", ", personal)}). The decision log keeps only the features the model used: remove these fields or replace them with non-identifying features (for example 'hasEmail').");
        }

        if (CanonicalJson.Write(inputs).Length > MaxJsonLength) problems.Add($"The inputs are longer than {MaxJsonLength} characters as JSON; log the features, not raw documents.");
        return problems;
    }

    /// <summary>Throws <see cref="InvalidDecisionRecordException"/> listing every problem.</summary>
    public AutomatedDecisionRecord EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0) throw new InvalidDecisionRecordException(problems);
        return this;
    }

    private static void Required(List<string> problems, string what, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{what} is required.");
        else if (value!.Length > maxLength) problems.Add($"{what} is longer than {maxLength} characters.");
    }
}
