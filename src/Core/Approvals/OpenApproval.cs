namespace Hitl.Core.Approvals;

/// <summary>An open (pending or escalated) approval found by its correlation key.</summary>
public sealed record OpenApproval(Guid Id, string? Name);
