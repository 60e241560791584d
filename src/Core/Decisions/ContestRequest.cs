using Hitl.Core.Approvals;

namespace Hitl.Core.Decisions;

/// <summary>The ContestedDecision approval to request (the approval rules give it its key, due date and owner).</summary>
public sealed record ContestRequest(
    string Name,
    string RegardingTable,
    Guid RegardingId,
    Guid AutomatedDecisionId,
    string EvidenceJson)
{
    public ApprovalType Type => ApprovalType.ContestedDecision;
}
