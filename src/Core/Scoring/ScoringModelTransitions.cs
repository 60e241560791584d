namespace Hitl.Core.Scoring;

/// <summary>
/// Who may move a scoring model between statuses. People write drafts and ask for activation; only HITL Sales itself,
/// applying a decided model change approval, activates, retires or sends a model back to draft. So a model is active
/// only after someone other than its author approved it, and exactly one is active.
/// </summary>
public static class ScoringModelTransitions
{
    /// <returns>Null when allowed; otherwise what to do instead.</returns>
    public static string? Refusal(ScoringModelStatus from, ScoringModelStatus to, bool byProduct)
    {
        if (from == to) return null;
        if (byProduct)
        {
            var allowed = (from == ScoringModelStatus.PendingApproval && (to == ScoringModelStatus.Active || to == ScoringModelStatus.Draft))
                || (from == ScoringModelStatus.Active && to == ScoringModelStatus.Retired);
            return allowed ? null : $"A scoring model does not go from {from} to {to}.";
        }

        if (from == ScoringModelStatus.Draft && to == ScoringModelStatus.PendingApproval) return null;
        if (to == ScoringModelStatus.Active || to == ScoringModelStatus.Retired)
        {
            return "A scoring model becomes Active or Retired only through an approved Scoring model change: set its status to Pending approval to ask for one.";
        }

        return from == ScoringModelStatus.PendingApproval
            ? "The model waits for its Scoring model change approval; the approval's decision sets its status."
            : $"A scoring model does not go from {from} to {to}; a retired model stays retired (copy its document into a new draft).";
    }

    /// <summary>The document and version can change only while the model is a draft: what was approved is what scores.</summary>
    public static bool DocumentEditable(ScoringModelStatus status) => status == ScoringModelStatus.Draft;
}
