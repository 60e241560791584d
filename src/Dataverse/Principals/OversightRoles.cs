using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Principals;

/// <summary>
/// Figures that show every reviewer's decisions or the whole organization's leads (approval metrics, lead scoring
/// metrics) are for HITL Approvers and Administrators, not for everyone who can read one row.
/// </summary>
public static class OversightRoles
{
    public const string AdministratorRoleName = "HITL Administrator";

    /// <param name="what">What is refused, as the start of the message, e.g. "Approval metrics show every reviewer's decisions, so they are".</param>
    public static void Require(ILocalPluginContext context, string what)
    {
        var directory = new PrincipalDirectory(context.SystemService);
        var caller = context.ExecutionContext.UserId;
        if (!directory.HoldsRole(caller, PrincipalDirectory.ApproverRoleName) && !directory.HoldsRole(caller, AdministratorRoleName))
        {
            throw new InvalidPluginExecutionException(
                $"{what} available to the HITL Approver and HITL Administrator roles only. Ask an administrator for one of them.");
        }
    }
}
