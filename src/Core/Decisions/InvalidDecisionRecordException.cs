namespace Hitl.Core.Decisions;

/// <summary>An automated decision cannot be logged as given; the message lists every problem.</summary>
public sealed class InvalidDecisionRecordException : Exception
{
    public InvalidDecisionRecordException(IReadOnlyList<string> problems)
        : base("The automated decision cannot be logged: " + string.Join(" ", problems ?? Array.Empty<string>()))
    {
        Problems = (problems ?? Array.Empty<string>()).ToArray();
    }

    public IReadOnlyList<string> Problems { get; }
}
