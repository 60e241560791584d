using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// How product code other than the lead steps (hitl_RescoreLeads) writes a lead's scoring columns, and how the lead
/// steps recognise such a write among the client writes they refuse. Two marks, both needed:
/// the Update carries the optional parameter tag = <see cref="Tag"/> (Dataverse hands it to every step as
/// SharedVariables["tag"], read-only; learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages
/// #pass-shared-variables-to-plug-ins), and the Update runs inside the product's own custom API, so a parent context has
/// that API's message. A client can send the tag, but it cannot make its Update a child of hitl_RescoreLeads: only the
/// product's plug-in runs there.
/// </summary>
public static class ProductScoringWrite
{
    /// <summary>The tag of a product scoring write.</summary>
    public const string Tag = "hitl_productscoring";

    /// <summary>Custom APIs whose main operation may write scoring columns.</summary>
    public static readonly string[] Writers = { "hitl_RescoreLeads" };

    /// <summary>An Update of only the given scoring columns, marked as the product's.</summary>
    public static UpdateRequest Request(Entity scoringColumns)
    {
        if (scoringColumns == null) throw new ArgumentNullException(nameof(scoringColumns));
        var request = new UpdateRequest { Target = scoringColumns };
        request["tag"] = Tag;
        return request;
    }

    /// <summary>True when the operation of <paramref name="context"/> is a product scoring write (both marks present).</summary>
    public static bool IsProductWrite(IPluginExecutionContext context)
    {
        if (context == null) throw new ArgumentNullException(nameof(context));
        if (!HasTag(context)) return false;
        for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
        {
            if (Writers.Contains(parent.MessageName, StringComparer.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>PreValidation sees the tag in its own variables; Pre/PostOperation of Create/Update in the parent's.</summary>
    private static bool HasTag(IPluginExecutionContext context) =>
        IsTag(context.SharedVariables) || (context.ParentContext != null && IsTag(context.ParentContext.SharedVariables));

    private static bool IsTag(ParameterCollection variables) => variables.TryGetValue("tag", out var tag) && tag as string == Tag;
}
