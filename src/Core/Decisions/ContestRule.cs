using Hitl.Core.Approvals;
using Hitl.Core.Rules;

namespace Hitl.Core.Decisions;

/// <summary>
/// hitl_ContestDecision (GDPR Art. 22(3)): a person may contest the latest automated decision about a record;
/// it opens a human review with that decision's inputs, model version, reasons and outcome as evidence,
/// due when <see cref="ApprovalType.ContestedDecision"/> says (one calendar month, the Art. 12(3) response period).
/// </summary>
public static class ContestRule
{
    /// <summary>Same limit as a decision reason, so the statement fits the evidence a reviewer reads.</summary>
    public const int MaxStatementLength = 4000;

    public static RuleResult<ContestRequest> Open(IEnumerable<LoggedAutomatedDecision> decisions, string regardingTable, Guid regardingId, string? statement)
    {
        if (decisions == null) throw new ArgumentNullException(nameof(decisions));
        if (string.IsNullOrWhiteSpace(regardingTable)) throw new ArgumentException("The regarding table is required.", nameof(regardingTable));

        var text = statement?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return RuleResult<ContestRequest>.Refused("Describe why the decision is contested: the statement is what the reviewer reads first.");
        }

        if (text!.Length > MaxStatementLength)
        {
            return RuleResult<ContestRequest>.Refused($"The statement has {text.Length} characters; shorten it to at most {MaxStatementLength}.");
        }

        var table = regardingTable.Trim();
        var latest = decisions
            .Where(d => d.Record.RegardingId == regardingId && string.Equals(d.Record.RegardingTable?.Trim(), table, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(d => d.Record.DecidedOn)
            .ThenByDescending(d => d.Id)
            .FirstOrDefault();
        if (latest == null)
        {
            return RuleResult<ContestRequest>.Refused($"No automated decision is recorded for this {table} record, so there is nothing to contest. If a person made the decision, ask them to review it directly.");
        }

        var record = latest.Record;
        var evidence = new ApprovalEvidence
        {
            DecisionType = record.Type,
            AutomatedDecisionId = latest.Id,
            DecidedOn = record.DecidedOn,
            ModelVersion = record.ModelVersion,
            Reasons = record.Reasons,
            Outcome = record.Outcome,
            Inputs = record.Inputs,
            Statement = text,
        };

        if (!evidence.TryToJson(out var evidenceJson, out _))
        {
            return RuleResult<ContestRequest>.Refused(
                $"The contested decision's recorded inputs and your statement come to {evidenceJson.Length} characters of evidence, more than an approval holds ({ApprovalEvidence.MaxLength}). Shorten the statement; if it is already short, ask an administrator to review the decision directly, because its recorded inputs are too large.");
        }

        return RuleResult<ContestRequest>.Accepted(new ContestRequest(
            Name: Truncate($"Contested {record.Type}: {table} {regardingId:D}", AutomatedDecisionRecord.MaxNameLength),
            RegardingTable: table.ToLowerInvariant(),
            RegardingId: regardingId,
            AutomatedDecisionId: latest.Id,
            EvidenceJson: evidenceJson));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value.Substring(0, max);
}
