namespace Hitl.Solution.Loading;

/// <summary>
/// Joins the solution's plug-in packages with the registrations that name their types, and resolves each custom
/// API's plug-in type. One assembly is either a classic PluginAssemblies entry or part of a package, never both:
/// a package registers its own assemblies on import (Learn, "Dependent Assembly plug-ins").
/// </summary>
internal static class PluginPackageBinder
{
    public static IReadOnlyList<PluginPackageDefinition> Packages(
        IReadOnlyDictionary<string, (string Version, string File)> solutionPackages,
        PluginRegistrations registrations,
        IReadOnlyList<PluginAssemblyDefinition> assemblies)
    {
        foreach (var declared in registrations.Packages.Keys.Where(name => !solutionPackages.ContainsKey(name)))
        {
            throw new SolutionLoadException(registrations.SourceFile, $"plug-in package '{declared}' is not in the solution (no pluginpackages/{declared}/pluginpackage.xml).");
        }

        var packages = solutionPackages
            .Select(p => new PluginPackageDefinition
            {
                UniqueName = p.Key,
                Version = p.Value.Version,
                AssemblyNames = registrations.Packages.TryGetValue(p.Key, out var names) ? names : Array.Empty<string>(),
                SourceFile = p.Value.File,
            })
            .OrderBy(p => p.UniqueName, StringComparer.Ordinal)
            .ToArray();

        foreach (var assembly in assemblies)
        {
            var package = packages.FirstOrDefault(p => p.AssemblyNames.Contains(assembly.Name, StringComparer.Ordinal));
            if (package is not null)
            {
                throw new SolutionLoadException(assembly.SourceFile,
                    $"assembly '{assembly.Name}' is registered twice: here and inside plug-in package '{package.UniqueName}'. A package registers its assemblies itself; remove this PluginAssemblies entry.");
            }
        }

        return packages;
    }

    public static IReadOnlyDictionary<string, CustomApiDefinition> BindCustomApis(
        IReadOnlyDictionary<string, CustomApiDefinition> apis,
        PluginRegistrations registrations,
        IReadOnlyList<PluginAssemblyDefinition> assemblies,
        IReadOnlyList<PluginPackageDefinition> packages)
    {
        var packaged = packages.SelectMany(p => p.AssemblyNames).ToHashSet(StringComparer.Ordinal);
        foreach (var (uniqueName, typeName) in registrations.CustomApiTypes)
        {
            if (!apis.TryGetValue(uniqueName, out var api))
            {
                throw new SolutionLoadException(registrations.SourceFile, $"custom API '{uniqueName}' is bound to a plug-in type but is not under customapis/.");
            }

            if (api.PluginTypeId is not null)
            {
                throw new SolutionLoadException(api.SourceFile, $"custom API '{uniqueName}' has a <plugintypeid> and is also bound in {registrations.SourceFile}; keep one.");
            }

            if (!packaged.Contains(PluginTypeNames.AssemblyName(typeName)))
            {
                throw new SolutionLoadException(registrations.SourceFile, $"custom API '{uniqueName}': assembly '{PluginTypeNames.AssemblyName(typeName)}' is in no plug-in package listed here.");
            }
        }

        var types = assemblies.SelectMany(a => a.PluginTypes).ToDictionary(t => t.Id);
        return apis.Values
            .Select(api => api with { PluginTypeName = TypeOf(api, registrations, types) })
            .ToDictionary(api => api.UniqueName, StringComparer.OrdinalIgnoreCase);
    }

    private static string? TypeOf(CustomApiDefinition api, PluginRegistrations registrations, IReadOnlyDictionary<Guid, PluginTypeDefinition> types)
    {
        if (registrations.CustomApiTypes.TryGetValue(api.UniqueName, out var packaged))
        {
            return packaged;
        }

        if (api.PluginTypeId is not { } id)
        {
            return null;
        }

        return types.TryGetValue(id, out var type)
            ? type.AssemblyQualifiedName
            : throw new SolutionLoadException(api.SourceFile, $"<plugintypeid> {id:B} of custom API '{api.UniqueName}' is not declared in any PluginAssemblies/*/*.dll.data.xml.");
    }
}
