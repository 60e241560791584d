namespace Hitl.Core.Rules;

/// <summary>What a rule decided: the value to act on, or a refusal a person can act on. Never both.</summary>
public sealed class RuleResult<T> where T : class
{
    private RuleResult(T? value, string? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    /// <summary>Set when accepted.</summary>
    public T? Value { get; }

    /// <summary>A message the person asking can act on; set when refused.</summary>
    public string? Refusal { get; }

    public bool IsRefused => Refusal != null;

    public static RuleResult<T> Accepted(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static RuleResult<T> Refused(string message) => new(null, message ?? throw new ArgumentNullException(nameof(message)));
}
