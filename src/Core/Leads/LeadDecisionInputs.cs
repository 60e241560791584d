using Hitl.Core.Decisions;

namespace Hitl.Core.Leads;

/// <summary>
/// The inputs a lead scoring decision is logged and shown with: every column the model read, by logical name, with
/// its value, except columns that hold personal data (e-mail, phone, address, ...): for those only whether a value
/// was present is kept, as "has_&lt;column&gt;" (data minimisation; <see cref="PersonalDataPolicy"/>).
/// </summary>
public static class LeadDecisionInputs
{
    public static IReadOnlyDictionary<string, object?> From(IReadOnlyDictionary<string, object?> columnsRead)
    {
        if (columnsRead == null) throw new ArgumentNullException(nameof(columnsRead));
        var inputs = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in columnsRead)
        {
            if (PersonalDataPolicy.IsPersonalDataKey(column.Key)) inputs["has_" + column.Key] = IsPresent(column.Value);
            else inputs[column.Key] = column.Value;
        }

        return inputs;
    }

    private static bool IsPresent(object? value) => value is string text ? !string.IsNullOrWhiteSpace(text) : value != null;
}
