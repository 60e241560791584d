namespace Hitl.Core.Leads.Health;

/// <summary>
/// Does review add value? Conversion (qualified ÷ closed) of reviewed leads where the reviewer agreed with the
/// automation and where they overrode it. Rates are null while no such lead is closed.
/// </summary>
public sealed record ReviewHealth(int Agreed, int AgreedQualified, decimal? AgreedConversion, int Overrode, int OverrodeQualified, decimal? OverrodeConversion);
