using Hitl.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

internal sealed class WhoAmIHandler : IMessageHandler
{
    public bool IsReadOnly => true;

    public void Authorize(OperationContext op) { }

    public void Execute(OperationContext op)
    {
        op.Output["UserId"] = op.UserId;
        op.Output["BusinessUnitId"] = op.Runtime.BusinessUnitId;
        op.Output["OrganizationId"] = op.Runtime.OrganizationId;
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new WhoAmIResponse { ResponseName = "WhoAmI", Results = ValueCopierParameters(op) };

    private static ParameterCollection ValueCopierParameters(OperationContext op) => Store.ValueCopier.CopyParameters(op.Output);
}
