using Hitl.Core.Approvals;
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
        // Nullable, so a parameter the flow sent empty is told apart from one it left out: empty is a broken
        // mapping in the flow, never a request to decide as the caller.
        var responderId = request.Optional<Guid?>("ResponderId", null);
        var email = request.Optional<string?>("ResponderEmail", null);
        if (responderId == Guid.Empty)
        {
            throw new InvalidPluginExecutionException(
                "ResponderId is empty (00000000-0000-0000-0000-000000000000). Map the responder's Dataverse user id in the flow, or leave ResponderId out to decide as yourself.");
        }

        if (email != null && string.IsNullOrWhiteSpace(email))
        {
            throw new InvalidPluginExecutionException(
                "ResponderEmail is blank. Map the responder's e-mail address in the flow, or leave ResponderEmail out to decide as yourself.");
        }

        Guid responder;
        if (responderId.HasValue)
        {
            if (!directory.IsEnabledUser(responderId.Value))
            {
                throw new InvalidPluginExecutionException($"ResponderId {responderId.Value:D} is not an enabled Dataverse user.");
            }

            responder = responderId.Value;
        }
        else if (email != null)
        {
            responder = directory.FindUserByEmail(email)
                ?? throw new InvalidPluginExecutionException("No single enabled Dataverse user has the e-mail address given in ResponderEmail (it is not repeated here: an address is personal data). Check the responder's primary e-mail in Dataverse.");
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
