using Hitl.Core.Decisions;
using Hitl.Dataverse.RegardingTables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;

namespace Hitl.Dataverse.Decisions;

/// <summary>
/// Writes and reads hitl_automateddecision rows. Every automated decision of every capability records
/// itself through <see cref="Record"/>, so contest and audit see one shape.
/// </summary>
public static class DecisionLog
{
    /// <summary>Validates the record (no personal data, reasons capped) and writes it; returns the row id.</summary>
    public static Guid Record(IOrganizationService service, AutomatedDecisionRecord record)
    {
        record.EnsureValid();
        var row = new Entity(DecisionLogSchema.Table)
        {
            [DecisionLogSchema.Name] = record.Name,
            [DecisionLogSchema.Type] = new OptionSetValue((int)record.Type),
            [DecisionLogSchema.RegardingTable] = record.RegardingTable.Trim().ToLowerInvariant(),
            [DecisionLogSchema.RegardingId] = record.RegardingId.ToString("D"),
            [DecisionLogSchema.ModelVersion] = record.ModelVersion,
            [DecisionLogSchema.Inputs] = record.InputsJson(),
            [DecisionLogSchema.Outcome] = record.Outcome,
            [DecisionLogSchema.Reasons] = record.ReasonsJson(),
            [DecisionLogSchema.NeedsReview] = record.NeedsReview,
            [DecisionLogSchema.DecidedOn] = record.DecidedOn,
        };
        if (RegardingTable.Find(row.GetAttributeValue<string>(DecisionLogSchema.RegardingTable)) is { DecisionLogLookup: string lookup } registered)
        {
            row[lookup] = new EntityReference(registered.LogicalName, record.RegardingId);
        }

        return service.Create(row);
    }

    /// <summary>Every logged decision about one record.</summary>
    public static IReadOnlyList<LoggedAutomatedDecision> About(IOrganizationService service, string table, Guid id)
    {
        var query = new QueryExpression(DecisionLogSchema.Table)
        {
            ColumnSet = new ColumnSet(DecisionLogSchema.Type, DecisionLogSchema.RegardingTable, DecisionLogSchema.RegardingId, DecisionLogSchema.ModelVersion,
                DecisionLogSchema.Inputs, DecisionLogSchema.Outcome, DecisionLogSchema.Reasons, DecisionLogSchema.NeedsReview, DecisionLogSchema.DecidedOn),
        };
        query.Criteria.AddCondition(DecisionLogSchema.RegardingTable, ConditionOperator.Equal, table.Trim().ToLowerInvariant());
        query.Criteria.AddCondition(DecisionLogSchema.RegardingId, ConditionOperator.Equal, id.ToString("D"));
        return service.RetrieveMultiple(query).Entities.Select(ToLogged).ToList();
    }

    private static LoggedAutomatedDecision ToLogged(Entity row)
    {
        var inputs = JObject.Parse(row.GetAttributeValue<string>(DecisionLogSchema.Inputs) ?? "{}")
            .Properties().ToDictionary(p => p.Name, p => (object?)p.Value);
        var reasons = JArray.Parse(row.GetAttributeValue<string>(DecisionLogSchema.Reasons) ?? "[]").Select(r => (string)r!).ToList();
        var record = new AutomatedDecisionRecord(
            (AutomatedDecisionType)(row.GetAttributeValue<OptionSetValue>(DecisionLogSchema.Type)?.Value ?? 0),
            row.GetAttributeValue<string>(DecisionLogSchema.RegardingTable),
            Guid.Parse(row.GetAttributeValue<string>(DecisionLogSchema.RegardingId)),
            row.GetAttributeValue<string>(DecisionLogSchema.ModelVersion),
            inputs,
            row.GetAttributeValue<string>(DecisionLogSchema.Outcome),
            reasons,
            row.GetAttributeValue<bool>(DecisionLogSchema.NeedsReview),
            row.GetAttributeValue<DateTime>(DecisionLogSchema.DecidedOn));
        return new LoggedAutomatedDecision(row.Id, record);
    }
}
