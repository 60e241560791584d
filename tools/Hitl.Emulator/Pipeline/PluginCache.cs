using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// One plug-in instance per step, created on first use and reused across executions and threads,
/// as Dataverse caches them; so a plug-in that keeps state in fields is caught by parallel tests.
/// Shared by clones: registrations are identical and a correct plug-in holds no per-call state.
/// </summary>
internal sealed class PluginCache
{
    private readonly ConcurrentDictionary<string, Lazy<IPlugin>> _instances = new(StringComparer.Ordinal);

    public IPlugin Get(string key, string assemblyQualifiedTypeName, string? unsecure, string? secure) =>
        _instances.GetOrAdd(key, _ => new Lazy<IPlugin>(
            () => Create(ResolveType(assemblyQualifiedTypeName), unsecure, secure),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Resolves "Namespace.Type, Assembly, Version=…" by the assembly's simple name (the version in the file may lag the build).</summary>
    public static Type ResolveType(string assemblyQualifiedTypeName)
    {
        var comma = assemblyQualifiedTypeName.IndexOf(',');
        if (comma < 0)
            throw new InvalidOperationException($"Plug-in type '{assemblyQualifiedTypeName}' is not assembly-qualified.");
        var typeName = assemblyQualifiedTypeName[..comma].Trim();
        var assemblyName = new AssemblyName(assemblyQualifiedTypeName[(comma + 1)..].Trim()).Name!;
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == assemblyName)
                       ?? Assembly.Load(new AssemblyName(assemblyName));
        var type = assembly.GetType(typeName, throwOnError: false)
                   ?? throw new InvalidOperationException($"Plug-in type '{typeName}' was not found in assembly '{assemblyName}'.");
        if (!typeof(IPlugin).IsAssignableFrom(type))
            throw new InvalidOperationException($"Type '{typeName}' does not implement Microsoft.Xrm.Sdk.IPlugin.");
        return type;
    }

    /// <summary>Like the platform: (unsecure, secure) if the class has it, else (unsecure), else ().</summary>
    private static IPlugin Create(Type type, string? unsecure, string? secure)
    {
        if (type.GetConstructor([typeof(string), typeof(string)]) is { } both)
            return (IPlugin)both.Invoke([unsecure, secure]);
        if (type.GetConstructor([typeof(string)]) is { } one)
            return (IPlugin)one.Invoke([unsecure]);
        if (type.GetConstructor(Type.EmptyTypes) is { } none)
            return (IPlugin)none.Invoke(null);
        throw new InvalidOperationException($"Plug-in type '{type.FullName}' has no public constructor (), (string) or (string, string).");
    }
}
