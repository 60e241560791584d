using Hitl.Core.Configuration;
using Hitl.Core.Scoring;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Scoring;

/// <summary>
/// Reads a model document someone sent (a draft to try, a model row being saved) against the lead columns and the
/// organization's protected attributes, refusing an invalid one with every fault by JSON path.
/// </summary>
public static class ScoringModelDocuments
{
    /// <summary>Faults listed in a refusal; the count says how many more there are.</summary>
    public const int MaxListedFaults = 10;

    public static ScoringModelReadResult Read(string? json, ILocalPluginContext context) =>
        ScoringModelReader.Read(json, LeadColumnCatalog.Standard, context.Settings.GetOrDefault(HitlSettings.ProtectedAttributes));

    /// <param name="what">What the document is, for the message (e.g. "ModelDocument", "The model document").</param>
    public static ScoringModel CompileOrRefuse(string? json, ILocalPluginContext context, string what)
    {
        var read = Read(json, context);
        if (read.IsValid) return read.Model!;
        throw new InvalidPluginExecutionException(Refusal(what, read.Faults));
    }

    public static string Refusal(string what, IReadOnlyList<ScoringModelFault> faults)
    {
        var listed = string.Join("; ", faults.Take(MaxListedFaults).Select(f => f.ToString()));
        var more = faults.Count > MaxListedFaults ? $"; and {faults.Count - MaxListedFaults} more" : string.Empty;
        return $"{what} is not a valid scoring model ({faults.Count} fault(s)): {listed}{more}. See docs/scoring.md for the format.";
    }
}
