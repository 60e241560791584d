using Hitl.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>LoseOpportunity (message "Lose", on opportunity): state Lost with a Lost status reason and a completed opportunityclose.</summary>
internal sealed class LoseOpportunityHandler : IMessageHandler
{
    private const int Lost = 2;

    public void Validate(OperationContext op) => OpportunityClosing.Validate(op);

    public void Authorize(OperationContext op) => OpportunityClosing.Authorize(op);

    public void Execute(OperationContext op) => OpportunityClosing.Close(op, Lost, won: false);

    public OrganizationResponse Respond(OperationContext op) => new LoseOpportunityResponse();
}
