namespace Hitl.Core.Scoring;

/// <summary>
/// A validated, immutable scoring model: parse the document once with <see cref="ScoringModelReader"/>, then score
/// any number of leads. Scoring is deterministic, thread-safe and reads no clock or configuration.
/// </summary>
public abstract class ScoringModel
{
    private protected static readonly string[] NoColumns = new string[0];

    private protected ScoringModel(ScoringModelHeader header, IReadOnlyList<string> columnsRead)
    {
        Name = header.Name;
        Version = header.Version;
        Kind = header.Kind;
        Grades = header.Grades;
        ReasonCount = header.ReasonCount;
        ColumnsRead = columnsRead;
    }

    public string Name { get; }

    /// <summary>The document's "version", recorded with every score so a decision names the model that made it.</summary>
    public string Version { get; }

    public ScoringModelKind Kind { get; }

    public GradeCutoffs Grades { get; }

    /// <summary>How many positive and how many negative reasons a score shows (each side, 0–10).</summary>
    public int ReasonCount { get; }

    /// <summary>Distinct lead columns the model reads, in model order: the columns whose change should rescore a lead.</summary>
    public IReadOnlyList<string> ColumnsRead { get; }

    /// <summary>Scores one lead given as plain values keyed by lead column logical name.</summary>
    public LeadScore Score(IReadOnlyDictionary<string, object?> lead)
    {
        if (lead == null) throw new ArgumentNullException(nameof(lead));
        return ScoreLead(lead);
    }

    private protected abstract LeadScore ScoreLead(IReadOnlyDictionary<string, object?> lead);

    /// <summary>Adds <paramref name="column"/> once; a model reads few columns, so a linear check beats a set.</summary>
    private protected static void AddMissing(ref List<string>? missing, string column)
    {
        missing ??= new List<string>(2);
        if (!missing.Contains(column)) missing.Add(column);
    }

    private protected static ScoreContribution[] Trim(ScoreContribution[] buffer, int count)
    {
        if (count == buffer.Length) return buffer;
        var trimmed = new ScoreContribution[count];
        Array.Copy(buffer, trimmed, count);
        return trimmed;
    }
}
