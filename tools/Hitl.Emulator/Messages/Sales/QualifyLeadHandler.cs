using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>
/// QualifyLead (on lead; Learn: QualifyLeadRequest): creates the account, contact and opportunity asked for, each
/// through its own Create pipeline at Depth + 1 (ParentContext = QualifyLead), mapped from the lead with the default
/// lead mappings, then sets the lead to Qualified with the given status reason. CreatedEntities lists what was created.
/// </summary>
internal sealed class QualifyLeadHandler : IMessageHandler
{
    private const int Qualified = 1;

    public void Validate(OperationContext op)
    {
        var lead = RequestArgs.Required<EntityReference>(op, "LeadId");
        RequestArgs.Required<OptionSetValue>(op, "Status");
        if (lead.LogicalName != "lead" || lead.Id == Guid.Empty)
            throw Faults.InvalidArgument($"LeadId must reference a lead row, not '{lead.LogicalName}' {lead.Id:D}.");
        foreach (var flag in new[] { "CreateAccount", "CreateContact", "CreateOpportunity" })
            if (op.Input.TryGetValue(flag, out var value) && value is not bool)
                throw Faults.InvalidArgument($"'{flag}' of request 'QualifyLead' must be a bool (got {value?.GetType().FullName ?? "no value"}).");
    }

    public void Authorize(OperationContext op) =>
        op.Demand(PrivilegeKind.Write, "lead", RequestArgs.Current<EntityReference>(op, "LeadId").Id);

    public void Execute(OperationContext op)
    {
        var leadId = RequestArgs.Current<EntityReference>(op, "LeadId").Id;
        var lead = op.Find("lead", leadId) ?? throw Faults.DoesNotExist("lead", leadId);
        RecordState.RequireOpen(op, lead, "qualify the lead");
        var status = RecordState.StatusFor(op, "lead", Qualified, RequestArgs.Current<OptionSetValue>(op, "Status"));

        var children = op.ChildService();
        var created = new EntityReferenceCollection();
        EntityReference? account = null, contact = null;
        if (Flag(op, "CreateAccount"))
        {
            var row = LeadMappings.Account(op, lead);
            if (string.IsNullOrWhiteSpace(row.GetAttributeValue<string>("name")))
                throw Faults.InvalidArgument($"Cannot create an account from lead {leadId:D}: its company name (companyname) is empty.");
            account = new EntityReference("account", children.Create(row));
            created.Add(account);
        }
        if (Flag(op, "CreateContact"))
        {
            var row = LeadMappings.Contact(op, lead);
            RecordState.SetIfColumn(op, row, "parentcustomerid", account);
            contact = new EntityReference("contact", children.Create(row));
            created.Add(contact);
        }
        EntityReference? opportunity = null;
        if (Flag(op, "CreateOpportunity"))
        {
            var row = LeadMappings.Opportunity(op, lead);
            var customer = Optional(op, "OpportunityCustomerId") ?? account ?? contact;
            RecordState.SetIfColumn(op, row, "customerid", customer);
            RecordState.SetIfColumn(op, row, "transactioncurrencyid", Optional(op, "OpportunityCurrencyId"));
            RecordState.SetIfColumn(op, row, "campaignid", Optional(op, "SourceCampaignId"));
            opportunity = new EntityReference("opportunity", children.Create(row));
            created.Add(opportunity);
        }

        var values = new Dictionary<string, object?>
        {
            [SystemColumns.StateCode] = new OptionSetValue(Qualified),
            [SystemColumns.StatusCode] = status,
        };
        if (opportunity is not null && op.Runtime.Validator.TableOf("lead").Column("qualifyingopportunityid") is not null)
            values["qualifyingopportunityid"] = opportunity;
        RecordState.Write(op, "lead", leadId, values);
        op.Output["CreatedEntities"] = created;
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new QualifyLeadResponse { Results = new ParameterCollection { { "CreatedEntities", op.Output["CreatedEntities"] } } };

    /// <summary>Absent = false, as the SDK class reads it (Learn's own sample leaves CreateOpportunity unset).</summary>
    private static bool Flag(OperationContext op, string name) => op.Input.TryGetValue(name, out var value) && value is true;

    private static EntityReference? Optional(OperationContext op, string name) =>
        op.Input.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            EntityReference reference => reference,
            _ => throw Faults.InvalidArgument($"'{name}' of request 'QualifyLead' must be an EntityReference (got {value.GetType().FullName})."),
        } : null;
}
