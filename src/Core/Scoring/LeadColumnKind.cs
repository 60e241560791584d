namespace Hitl.Core.Scoring;

/// <summary>What a lead column holds, as far as scoring cares; decides which conditions and features apply to it.</summary>
public enum LeadColumnKind
{
    /// <summary>Single or multiple lines of text (nvarchar, ntext); the lead value is a string.</summary>
    Text,

    /// <summary>Whole number, decimal, float or currency; the lead value is an int, long, decimal, double or float.</summary>
    Number,

    /// <summary>Yes/no (bit); the lead value is a bool.</summary>
    Boolean,

    /// <summary>Choice (picklist); the lead value is the option value as an int.</summary>
    Choice,

    /// <summary>Date and time; the lead value is a DateTime. Only presence can be scored.</summary>
    Date,
}
