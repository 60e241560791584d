using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>
/// What Win and Lose share (Learn: WinOpportunityRequest / LoseOpportunityRequest, "Close an opportunity"): the
/// OpportunityClose activity names the opportunity; the platform creates it as a completed opportunityclose row and
/// closes the opportunity with the given status reason, its actual value and close date taken from the activity.
/// </summary>
internal static class OpportunityClosing
{
    public const string CloseTable = "opportunityclose";
    private const int CloseCompleted = 1;

    public static void Validate(OperationContext op)
    {
        var close = RequestArgs.Required<Entity>(op, "OpportunityClose");
        RequestArgs.Required<OptionSetValue>(op, "Status");
        OpportunityOf(op, close);
    }

    public static void Authorize(OperationContext op)
    {
        var opportunity = OpportunityOf(op, RequestArgs.Current<Entity>(op, "OpportunityClose"));
        op.Demand(PrivilegeKind.Write, "opportunity", opportunity.Id);
    }

    /// <summary>Creates the activity through its own Create pipeline (Depth + 1), then closes the opportunity.</summary>
    public static void Close(OperationContext op, int state, bool won)
    {
        var close = RequestArgs.Current<Entity>(op, "OpportunityClose");
        var reference = OpportunityOf(op, close);
        var opportunity = op.Find("opportunity", reference.Id) ?? throw Faults.DoesNotExist("opportunity", reference.Id);
        RecordState.RequireOpen(op, opportunity, won ? "win the opportunity" : "lose the opportunity");
        var status = RecordState.StatusFor(op, "opportunity", state, RequestArgs.Current<OptionSetValue>(op, "Status"));

        var activity = new Entity(CloseTable);
        foreach (var (name, value) in close.Attributes) activity[name] = value;
        activity["opportunityid"] = new EntityReference("opportunity", reference.Id);
        var activityId = op.ChildService().Create(activity);
        RecordState.Write(op, CloseTable, activityId, new Dictionary<string, object?> { [SystemColumns.StateCode] = new OptionSetValue(CloseCompleted) });

        var closedOn = close.GetAttributeValue<DateTime?>("actualend") ?? op.Runtime.Clock.UtcNow.Date;
        var values = new Dictionary<string, object?>
        {
            [SystemColumns.StateCode] = new OptionSetValue(state),
            [SystemColumns.StatusCode] = status,
            ["actualclosedate"] = closedOn,
        };
        // A won opportunity's actual revenue is the activity's; a lost one keeps what it had.
        if (won && close.GetAttributeValue<Money>("actualrevenue") is { } revenue) values["actualvalue"] = new Money(revenue.Value);
        RecordState.Write(op, "opportunity", reference.Id, values);
    }

    private static EntityReference OpportunityOf(OperationContext op, Entity close)
    {
        if (close.LogicalName != CloseTable)
            throw Faults.InvalidArgument($"OpportunityClose must be an '{CloseTable}' entity, not '{close.LogicalName}' (message '{op.Message}').");
        return close.GetAttributeValue<EntityReference>("opportunityid") is { LogicalName: "opportunity" } opportunity && opportunity.Id != Guid.Empty
            ? opportunity
            : throw Faults.InvalidArgument($"OpportunityClose must carry 'opportunityid', a reference to the opportunity to close (message '{op.Message}').");
    }
}
