using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>Maps hitl_approval rows to the Core records and Core changes back to columns.</summary>
public static class ApprovalMapping
{
    public static ApprovalSnapshot ToSnapshot(Entity row)
    {
        var owner = row.GetAttributeValue<EntityReference>(ApprovalSchema.Owner);
        return new ApprovalSnapshot(
            row.Id,
            ApprovalType.Of(row.GetAttributeValue<OptionSetValue>(ApprovalSchema.Type)?.Value ?? 0),
            (ApprovalStatus)(row.GetAttributeValue<OptionSetValue>(ApprovalSchema.Status)?.Value ?? (int)ApprovalStatus.Pending),
            ToPrincipal(owner))
        {
            Recommendation = Decision(row, ApprovalSchema.Recommendation),
            RequestedBy = row.GetAttributeValue<EntityReference>(ApprovalSchema.RequestedBy)?.Id,
            SubjectUserId = row.GetAttributeValue<EntityReference>(ApprovalSchema.SubjectUser)?.Id,
            CreatedOn = Utc(row, ApprovalSchema.CreatedOn),
            DueOn = Utc(row, ApprovalSchema.DueOn),
            EscalatedOn = Utc(row, ApprovalSchema.EscalatedOn),
            Decision = Decision(row, ApprovalSchema.Decision),
            DecidedBy = row.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy)?.Id,
            DecidedByName = row.GetAttributeValue<EntityReference>(ApprovalSchema.DecidedBy)?.Name,
            DecidedOn = Utc(row, ApprovalSchema.DecidedOn),
            Source = row.GetAttributeValue<OptionSetValue>(ApprovalSchema.Source) is OptionSetValue source ? (DecisionSource?)source.Value : null,
            CorrelationKey = row.GetAttributeValue<string>(ApprovalSchema.CorrelationKey),
            ReasonCode = row.GetAttributeValue<string>(ApprovalSchema.ReasonCode),
            DecisionReason = row.GetAttributeValue<string>(ApprovalSchema.DecisionReason),
            Regarding = ToRegarding(row),
            AutomatedDecisionId = row.GetAttributeValue<EntityReference>(ApprovalSchema.AutomatedDecision)?.Id,
        };
    }

    public static Principal ToPrincipal(EntityReference? owner)
    {
        if (owner == null) return Principal.User(Guid.Empty);
        return owner.LogicalName == "team" ? Principal.Team(owner.Id) : Principal.User(owner.Id);
    }

    public static EntityReference ToReference(Principal principal) =>
        new EntityReference(principal.Kind == PrincipalKind.Team ? "team" : "systemuser", principal.Id);

    /// <summary>Writes exactly the columns the accepted change names into <paramref name="row"/>.</summary>
    public static void Apply(ApprovalChange change, Entity row)
    {
        row[ApprovalSchema.Status] = new OptionSetValue((int)change.NewStatus);
        if (change.Decision.HasValue) row[ApprovalSchema.Decision] = new OptionSetValue((int)change.Decision.Value);
        if (change.ReasonCode != null) row[ApprovalSchema.ReasonCode] = change.ReasonCode;
        if (change.Reason != null) row[ApprovalSchema.DecisionReason] = change.Reason;
        if (change.DecidedBy.HasValue) row[ApprovalSchema.DecidedBy] = new EntityReference("systemuser", change.DecidedBy.Value);
        if (change.DecidedOn.HasValue) row[ApprovalSchema.DecidedOn] = change.DecidedOn.Value;
        if (change.Source.HasValue) row[ApprovalSchema.Source] = new OptionSetValue((int)change.Source.Value);
        if (change.EscalatedOn.HasValue) row[ApprovalSchema.EscalatedOn] = change.EscalatedOn.Value;
        if (change.NewOwner != null) row[ApprovalSchema.Owner] = ToReference(change.NewOwner);
    }

    private static ApprovalDecision? Decision(Entity row, string column) =>
        row.GetAttributeValue<OptionSetValue>(column) is OptionSetValue value ? (ApprovalDecision?)value.Value : null;

    /// <summary>Dataverse returns UTC; an unspecified kind from a client is taken as UTC too.</summary>
    public static DateTime ToUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>The generic pointer every approval carries once created; null on a row that lacks it.</summary>
    private static Regarding? ToRegarding(Entity row) =>
        row.GetAttributeValue<string>(ApprovalSchema.RegardingTable) is string table && !string.IsNullOrWhiteSpace(table)
        && Guid.TryParse(row.GetAttributeValue<string>(ApprovalSchema.RegardingId), out var id) && id != Guid.Empty
            ? new Regarding(table, id)
            : null;

    private static DateTime? Utc(Entity row, string column)
    {
        var value = row.GetAttributeValue<DateTime?>(column);
        return value.HasValue ? ToUtc(value.Value) : (DateTime?)null;
    }
}
