using Hitl.Dataverse.Pipeline;
using Hitl.Dataverse.Principals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// Score, grade, reasons, model version, scored on and review state are what the automation and the reviewers
/// decided: only HITL Sales code (running as SYSTEM) writes them. Checked in PreValidation, before any work; a save
/// that carries none of them costs nothing.
/// </summary>
public static class LeadScoringColumns
{
    public static void RefuseClientWrites(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var target = execution.GetTargetEntity();
        var written = LeadSchema.ScoringColumns.Where(c => target.Contains(c) && (execution.MessageName != "Create" || target[c] != null)).ToList();
        if (written.Count == 0) return;
        if (SystemUser.IsCaller(context)) return;

        throw new InvalidPluginExecutionException(
            $"{string.Join(", ", written)} are set by HITL Sales when it scores and routes the lead, and cannot be written directly. " +
            "Change the lead's details to rescore it, or decide its lead review approval to route it.");
    }
}
