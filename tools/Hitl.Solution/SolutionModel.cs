using System;
using System.Collections.Generic;
using System.Linq;
using Hitl.Solution.Loading;
using Hitl.Solution.Validation;

namespace Hitl.Solution;

/// <summary>
/// An unpacked SolutionPackager folder as immutable records. Build one with <see cref="Load"/>; it throws
/// <see cref="SolutionLoadException"/> (message starts with the offending file) on malformed files and on
/// registrations Dataverse would reject. Dictionaries are keyed case-insensitively by logical/unique name.
/// </summary>
public sealed record SolutionModel
{
    /// <summary>Absolute path of the folder that was loaded.</summary>
    public required string Folder { get; init; }
    public required SolutionManifest Manifest { get; init; }

    /// <summary>Custom tables, system tables the product uses (SystemTables.xml) with any columns the solution adds, and intersect tables.</summary>
    public required IReadOnlyDictionary<string, TableDefinition> Tables { get; init; }

    /// <summary>Global option sets from OptionSets/.</summary>
    public required IReadOnlyDictionary<string, OptionSetDefinition> OptionSets { get; init; }
    public required IReadOnlyList<RelationshipDefinition> Relationships { get; init; }
    public required IReadOnlyDictionary<string, EnvironmentVariableDefinition> EnvironmentVariables { get; init; }
    public required IReadOnlyDictionary<string, CustomApiDefinition> CustomApis { get; init; }
    public required IReadOnlyList<PluginAssemblyDefinition> PluginAssemblies { get; init; }
    public required IReadOnlyList<StepDefinition> Steps { get; init; }
    public required IReadOnlyList<RoleDefinition> Roles { get; init; }
    public required IReadOnlyList<CloudFlowDefinition> Flows { get; init; }

    /// <summary>Connection references declared in Other/Customizations.xml, by logical name.</summary>
    public required IReadOnlyDictionary<string, ConnectionReferenceDefinition> ConnectionReferences { get; init; }
    public required IReadOnlyList<FormDefinition> Forms { get; init; }
    public required IReadOnlyList<ViewDefinition> Views { get; init; }
    public required IReadOnlyList<AppModuleDefinition> AppModules { get; init; }
    public required IReadOnlyList<SiteMapDefinition> SiteMaps { get; init; }

    /// <summary>The SDK message catalog steps were resolved against.</summary>
    public SdkMessageCatalog Messages => SdkMessageCatalog.Default;

    /// <summary>Every plug-in type of every assembly.</summary>
    public IEnumerable<PluginTypeDefinition> PluginTypes => PluginAssemblies.SelectMany(a => a.PluginTypes);

    /// <summary>Returns the table or throws <see cref="KeyNotFoundException"/> naming it.</summary>
    public TableDefinition Table(string logicalName) =>
        Tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new KeyNotFoundException($"Table '{logicalName}' is neither in the solution nor in the system-table metadata.");

    public PluginTypeDefinition? FindPluginType(Guid pluginTypeId) => PluginTypes.FirstOrDefault(t => t.Id == pluginTypeId);

    /// <summary>Steps registered for a message on a table, in execution order (stage, then rank).</summary>
    public IEnumerable<StepDefinition> StepsFor(string message, string? table) =>
        Steps.Where(s => string.Equals(s.MessageName, message, StringComparison.OrdinalIgnoreCase)
                         && (s.PrimaryEntity is null || string.Equals(s.PrimaryEntity, table, StringComparison.OrdinalIgnoreCase)))
             .OrderBy(s => s.Stage)
             .ThenBy(s => s.Rank);

    /// <summary>Parses and validates an unpacked solution folder (the one holding Other/Solution.xml).</summary>
    public static SolutionModel Load(string solutionFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(solutionFolder);
        var folder = new SolutionFolder(solutionFolder);
        var manifest = ManifestReader.Read(folder);
        var connectionReferences = CustomizationsReader.Read(folder);
        var optionSets = OptionSetReader.ReadGlobal(folder);

        var tables = SystemTableCatalog.Create();
        EntityReader.Read(folder, tables, optionSets);
        var relationships = RelationshipReader.Read(folder, tables);
        var frozenTables = tables.Values
            .Select(t => t.Build())
            .ToDictionary(t => t.LogicalName, WithDefaultCustomerTargets, StringComparer.OrdinalIgnoreCase);

        var assemblies = PluginReader.ReadAssemblies(folder);
        var steps = PluginReader.ReadSteps(folder, SdkMessageCatalog.Default);
        RegistrationValidator.Validate(steps, frozenTables, assemblies, SdkMessageCatalog.Default);

        return new SolutionModel
        {
            Folder = folder.Root,
            Manifest = manifest,
            Tables = frozenTables,
            OptionSets = optionSets,
            Relationships = relationships,
            EnvironmentVariables = EnvironmentVariableReader.Read(folder),
            CustomApis = CustomApiReader.Read(folder),
            PluginAssemblies = assemblies,
            Steps = steps,
            Roles = RoleReader.Read(folder),
            Flows = FlowReader.Read(folder),
            ConnectionReferences = connectionReferences,
            Forms = UiReader.ReadForms(folder),
            Views = UiReader.ReadViews(folder),
            AppModules = UiReader.ReadAppModules(folder),
            SiteMaps = UiReader.ReadSiteMaps(folder),
        };
    }

    /// <summary>A customer column without relationship bodies still points at account and contact, as on the platform.</summary>
    private static TableDefinition WithDefaultCustomerTargets(TableDefinition table)
    {
        var columns = table.Columns.Values
            .Select(c => c.Type == ColumnType.Customer && c.Targets.Count == 0 ? c with { Targets = new[] { "account", "contact" } } : c)
            .ToDictionary(c => c.LogicalName, StringComparer.OrdinalIgnoreCase);
        return table with { Columns = columns };
    }
}
