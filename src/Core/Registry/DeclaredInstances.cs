using System.Reflection;

namespace Hitl.Core.Registry;

/// <summary>
/// The open registries' one mechanism: a capability declares an instance as a public static readonly field of a
/// partial registry type, in a file of its own, and the registry lists every such field. Nobody edits a central list.
/// </summary>
public static class DeclaredInstances
{
    /// <summary>Every public static readonly field of <paramref name="holder"/> whose type is <typeparamref name="T"/>, in name order.</summary>
    public static IReadOnlyList<T> Of<T>(Type holder) where T : class
    {
        if (holder == null) throw new ArgumentNullException(nameof(holder));
        return holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsInitOnly && typeof(T).IsAssignableFrom(f.FieldType))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (T)f.GetValue(null)!)
            .ToList();
    }
}
