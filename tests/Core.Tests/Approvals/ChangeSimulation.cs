using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

/// <summary>What the plug-in writes, simulated on the record: the approval as a post-image would show it after a change.</summary>
internal static class ChangeSimulation
{
    public static ApprovalSnapshot ApplyTo(this ApprovalChange change, ApprovalSnapshot approval) =>
        approval with
        {
            Status = change.NewStatus,
            Decision = change.Decision ?? approval.Decision,
            DecidedBy = change.DecidedBy ?? approval.DecidedBy,
            DecidedByName = change.DecidedBy.HasValue && change.DecidedBy != approval.DecidedBy ? null : approval.DecidedByName,
            DecidedOn = change.DecidedOn ?? approval.DecidedOn,
            Source = change.Source ?? approval.Source,
            EscalatedOn = change.EscalatedOn ?? approval.EscalatedOn,
            Owner = change.NewOwner ?? approval.Owner,
        };
}
