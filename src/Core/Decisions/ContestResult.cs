namespace Hitl.Core.Decisions;

/// <summary>Either the approval to open for a contest, or why none can be opened.</summary>
public sealed class ContestResult
{
    private ContestResult(ContestRequest? request, string? refusal)
    {
        Request = request;
        Refusal = refusal;
    }

    public ContestRequest? Request { get; }

    /// <summary>A message the person contesting (or the agent helping them) can act on.</summary>
    public string? Refusal { get; }

    public bool IsRefused => Request == null;

    public static ContestResult Open(ContestRequest request) => new ContestResult(request, null);

    public static ContestResult Refused(string message) => new ContestResult(null, message);
}
