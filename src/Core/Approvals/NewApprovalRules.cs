using Hitl.Core.Rules;

namespace Hitl.Core.Approvals;

/// <summary>
/// Turns a requested approval into a well-formed pending one, or refuses it: one open approval per type and record
/// (the correlation key), the due date of its type, and an owner who may decide it.
/// </summary>
public static class NewApprovalRules
{
    /// <summary>The approval type a client named, refused when missing or unknown.</summary>
    public static string? CheckType(ApprovalType? type) =>
        type is { IsRegistered: true } ? null : "Choose the approval type (for example Lead review) before saving the approval.";

    /// <param name="findOpen">The open approval holding a correlation key, or null.</param>
    /// <param name="escalation">Who takes work its owner may not decide; asked only when the owner is the requester or the subject.</param>
    public static RuleResult<PreparedApproval> Prepare(NewApproval request, Func<string, OpenApproval?> findOpen, SlaPolicy sla, IEscalationTarget escalation, DateTime now)
    {
        if (request == null) throw new ArgumentNullException(nameof(request));
        if (findOpen == null) throw new ArgumentNullException(nameof(findOpen));
        if (escalation == null) throw new ArgumentNullException(nameof(escalation));

        var typeProblem = CheckType(request.Type);
        if (typeProblem != null) return RuleResult<PreparedApproval>.Refused(typeProblem);

        var key = ApprovalCorrelationKey.Build(request.Type, request.Regarding);
        var open = findOpen(key);
        if (open != null)
        {
            return RuleResult<PreparedApproval>.Refused(
                $"An open {request.Type} approval already exists for this {request.Regarding.Table} ({open.Id:D}). Decide or cancel it before requesting another.");
        }

        var owner = IndependentOwner(request, escalation);
        if (owner == null)
        {
            return RuleResult<PreparedApproval>.Refused(
                "This approval would be assigned to the person who requested it or whom it is about, who may not decide it. Assign it to another reviewer, or set a manager or the hitl_ApprovalEscalationTeam variable so it can be routed.");
        }

        var name = string.IsNullOrWhiteSpace(request.Name) ? $"{request.Type} of {request.Regarding}" : request.Name!;
        return RuleResult<PreparedApproval>.Accepted(new PreparedApproval(key, request.Type.DueOn(now, sla), owner, name) { Rerouted = owner != request.Owner });
    }

    /// <summary>
    /// An approval assigned to the person who requested it, or to the person it is about, could never be decided by its
    /// owner (segregation of duties): it is routed like an escalation. Null when nobody else can take it.
    /// </summary>
    private static Principal? IndependentOwner(NewApproval request, IEscalationTarget escalation)
    {
        var owner = request.Owner;
        if (ApprovalOwnership.CanOwn(owner, request.RequestedBy, request.SubjectUserId)) return owner;

        var reviewer = escalation.Resolve(owner);
        return ApprovalOwnership.CanOwn(reviewer, request.RequestedBy, request.SubjectUserId) ? reviewer : null;
    }
}
