using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Who is deciding: the caller, or (for a flow running as a service account) the responder it names.
/// Acting for someone else needs the HITL Flow Integration role, which admins give only to the flow's
/// connection account; the decision is then checked against the responder, not the account.
/// </summary>
public static class Responder
{
    public static Guid Resolve(CustomApiRequest request, PrincipalDirectory directory)
    {
        var caller = request.Context.ExecutionContext.UserId;
        var responderId = request.Optional("ResponderId", Guid.Empty);
        var email = request.Optional<string?>("ResponderEmail", null);

        Guid responder;
        if (responderId != Guid.Empty)
        {
            if (!directory.IsEnabledUser(responderId))
            {
                throw new InvalidPluginExecutionException($"ResponderId {responderId:D} is not an enabled Dataverse user.");
            }

            responder = responderId;
        }
        else if (!string.IsNullOrWhiteSpace(email))
        {
            responder = directory.FindUserByEmail(email!)
                ?? throw new InvalidPluginExecutionException($"No single enabled Dataverse user has the e-mail address '{email!.Trim()}'. Check the responder's primary e-mail in Dataverse.");
        }
        else
        {
            return caller;
        }

        if (responder != caller && !directory.HoldsRole(caller, PrincipalDirectory.FlowIntegrationRoleName))
        {
            throw new InvalidPluginExecutionException(
                "Only the flow's connection account, holding the HITL Flow Integration role, can submit a decision on behalf of a responder. Decide in the app yourself, or ask an admin to set up the flow's account.");
        }

        return responder;
    }
}
