namespace Hitl.Core.Leads.Health;

/// <summary>Where a scored lead ended up (lead statecode: Open 0, Qualified 1, Disqualified 2).</summary>
public enum LeadOutcome
{
    Open,
    Qualified,
    Disqualified,
}
