using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sends an e-mail activity; plug-ins see the message as "Send".</summary>
public sealed class SendEmailRequest : OrganizationRequest
{
    public SendEmailRequest()
    {
        RequestName = "SendEmail";
    }

    public Guid EmailId
    {
        get => ParameterAccess.Get<Guid>(Parameters, "EmailId");
        set => Parameters["EmailId"] = value;
    }

    public bool IssueSend
    {
        get => ParameterAccess.Get<bool>(Parameters, "IssueSend");
        set => Parameters["IssueSend"] = value;
    }

    public string TrackingToken
    {
        get => ParameterAccess.Get<string>(Parameters, "TrackingToken");
        set => Parameters["TrackingToken"] = value;
    }
}
