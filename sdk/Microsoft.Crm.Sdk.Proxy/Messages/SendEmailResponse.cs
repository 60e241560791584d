using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class SendEmailResponse : OrganizationResponse
{
    public SendEmailResponse()
    {
        ResponseName = "SendEmail";
    }

    public string Subject => ParameterAccess.Get<string>(Results, "Subject");
}
