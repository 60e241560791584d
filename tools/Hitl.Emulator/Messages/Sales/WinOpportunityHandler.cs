using Hitl.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>WinOpportunity (message "Win", on opportunity): state Won with a Won status reason and a completed opportunityclose.</summary>
internal sealed class WinOpportunityHandler : IMessageHandler
{
    private const int Won = 1;

    public void Validate(OperationContext op) => OpportunityClosing.Validate(op);

    public void Authorize(OperationContext op) => OpportunityClosing.Authorize(op);

    public void Execute(OperationContext op) => OpportunityClosing.Close(op, Won, won: true);

    public OrganizationResponse Respond(OperationContext op) => new WinOpportunityResponse();
}
