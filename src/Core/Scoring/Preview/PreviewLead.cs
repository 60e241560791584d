namespace Hitl.Core.Scoring.Preview;

/// <summary>One lead of a preview sample: its id, the columns both models read (plain values) and its estimated value.</summary>
public sealed record PreviewLead(Guid LeadId, IReadOnlyDictionary<string, object?> Values, decimal? EstimatedValue);
