using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>
/// SendEmail (message "Send", on email; Learn: SendEmailRequest): an open e-mail with at least one recipient is
/// closed as Sent (IssueSend false: "mark as sent") or Pending Send (IssueSend true: handed to the mail server,
/// which the emulator has not), its to/cc/bcc parties are written as activityparty rows, and the response carries
/// the subject (with the tracking token appended when one is given).
/// </summary>
internal sealed class SendEmailHandler : IMessageHandler
{
    private const int Completed = 1;
    private const int Sent = 3;
    private const int PendingSend = 6;

    public bool HasPreImage => true;
    public bool HasPostImage => true;

    public void Validate(OperationContext op)
    {
        if (!op.Input.TryGetValue("EmailId", out var id) || id is not Guid emailId || emailId == Guid.Empty)
            throw Faults.InvalidArgument("Required field 'EmailId' is missing or empty for request 'SendEmail'.");
        if (!op.Input.TryGetValue("IssueSend", out var issue) || issue is not bool)
            throw Faults.InvalidArgument("Required field 'IssueSend' is missing or is not a bool for request 'SendEmail'.");
        if (op.Input.TryGetValue("TrackingToken", out var token) && token is not (null or string))
            throw Faults.InvalidArgument($"'TrackingToken' of request 'SendEmail' must be a string (got {token.GetType().FullName}).");
    }

    public void Authorize(OperationContext op) => op.Demand(PrivilegeKind.Write, "email", EmailId(op));

    public void Execute(OperationContext op)
    {
        var emailId = EmailId(op);
        var email = op.Find("email", emailId) ?? throw Faults.DoesNotExist("email", emailId);
        RecordState.RequireOpen(op, email, "send the e-mail");
        ActivityParties.Write(op, email);

        var subject = email.GetAttributeValue<string>("subject") ?? "";
        var token = op.Input.TryGetValue("TrackingToken", out var t) ? t as string : null;
        if (!string.IsNullOrWhiteSpace(token)) subject = subject.Length == 0 ? token! : $"{subject} {token}";
        var issueSend = (bool)op.Input["IssueSend"];
        var values = new Dictionary<string, object?>
        {
            [SystemColumns.StateCode] = new OptionSetValue(Completed),
            [SystemColumns.StatusCode] = new OptionSetValue(issueSend ? PendingSend : Sent),
            ["subject"] = subject,
        };
        if (op.Runtime.Validator.TableOf("email").Column("trackingtoken") is not null && token is not null) values["trackingtoken"] = token;
        RecordState.Write(op, "email", emailId, values);
        op.Output["Subject"] = subject;
    }

    public OrganizationResponse Respond(OperationContext op) =>
        new SendEmailResponse { Results = new ParameterCollection { { "Subject", op.Output["Subject"] } } };

    private static Guid EmailId(OperationContext op) =>
        op.Input.TryGetValue("EmailId", out var id) && id is Guid emailId
            ? emailId
            : throw Faults.InvalidArgument($"The input parameter 'EmailId' of message 'Send' must be a Guid, but a plug-in step left {id?.GetType().FullName ?? "no value"}.");
}
