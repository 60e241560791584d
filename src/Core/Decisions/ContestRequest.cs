using Hitl.Core.Approvals;

namespace Hitl.Core.Decisions;

/// <summary>The ContestedDecision approval to create (or to find already open by its correlation key).</summary>
public sealed record ContestRequest(
    string Name,
    string RegardingTable,
    Guid RegardingId,
    string CorrelationKey,
    Guid AutomatedDecisionId,
    string EvidenceJson,
    DateTime DueOn)
{
    public ApprovalType Type => ApprovalType.ContestedDecision;
}
