using Hitl.Core.Registry;

namespace Hitl.Core.Approvals;

/// <summary>
/// A value of the global option set hitl_approvaltype (prefix 74120) and what is particular to it. Open: a capability
/// adds its type in a file of its own under Approvals/Types (a partial declaration of this class) beside the option
/// in solution/OptionSets/hitl_approvaltype.xml; Solution.Tests checks that both list the same values.
/// </summary>
public sealed partial class ApprovalType : IEquatable<ApprovalType>
{
    private static IReadOnlyList<ApprovalType>? _all;

    private readonly Func<DateTime, DateTime>? _statutoryDueOn;

    private ApprovalType(int value, string name, Func<DateTime, DateTime>? statutoryDueOn = null, bool isRegistered = true)
    {
        Value = value;
        Name = name;
        _statutoryDueOn = statutoryDueOn;
        IsRegistered = isRegistered;
    }

    /// <summary>The option value stored in hitl_type.</summary>
    public int Value { get; }

    /// <summary>The option name the custom APIs and settings use, e.g. "LeadReview".</summary>
    public string Name { get; }

    /// <summary>False for an option value this version of the product does not know (a row written by a newer one).</summary>
    public bool IsRegistered { get; }

    /// <summary>Every approval type the product knows, in option value order.</summary>
    public static IReadOnlyList<ApprovalType> All => _all ??= DeclaredInstances.Of<ApprovalType>(typeof(ApprovalType)).OrderBy(t => t.Value).ToList();

    /// <summary>The registered type with this option value, else an unregistered one that keeps the value.</summary>
    public static ApprovalType Of(int value) =>
        All.FirstOrDefault(t => t.Value == value) ?? new ApprovalType(value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), isRegistered: false);

    /// <summary>By option name, ignoring case and surrounding spaces; numbers are refused so a flow cannot pass a value by mistake.</summary>
    public static bool TryParse(string? name, out ApprovalType type)
    {
        var trimmed = name?.Trim();
        type = All.FirstOrDefault(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase))!;
        return type != null;
    }

    /// <summary>The names to offer in a refusal, e.g. "BiasReview, CommissionValidation, ...".</summary>
    public static string Names => string.Join(", ", All.Select(t => t.Name));

    /// <summary>
    /// hitl_dueon of a new approval of this type: a deadline set by law when the type has one (it wins over any
    /// SLA), else created on + the SLA hours configured for the type.
    /// </summary>
    public DateTime DueOn(DateTime createdOnUtc, SlaPolicy sla)
    {
        if (sla == null) throw new ArgumentNullException(nameof(sla));
        return _statutoryDueOn?.Invoke(createdOnUtc) ?? sla.DueOn(this, createdOnUtc);
    }

    public bool Equals(ApprovalType? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as ApprovalType);

    public override int GetHashCode() => Value;

    public override string ToString() => Name;

    public static bool operator ==(ApprovalType? left, ApprovalType? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(ApprovalType? left, ApprovalType? right) => !(left == right);
}
