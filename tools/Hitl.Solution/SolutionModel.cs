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
    /// <summary>Name of the folder, next to the solution folder, that holds the registrations of plug-in package types.</summary>
    public const string RegistrationsFolderName = "plugin-registrations";

    /// <summary>Absolute path of the folder that was loaded.</summary>
    public required string Folder { get; init; }

    /// <summary>Absolute path of the plug-in registrations folder that was loaded, or null when there was none.</summary>
    public string? RegistrationsFolder { get; init; }
    public required SolutionManifest Manifest { get; init; }

    /// <summary>Custom tables, system tables the product uses (SystemTables.xml) with any columns the solution adds, and intersect tables.</summary>
    public required IReadOnlyDictionary<string, TableDefinition> Tables { get; init; }

    /// <summary>Global option sets from OptionSets/.</summary>
    public required IReadOnlyDictionary<string, OptionSetDefinition> OptionSets { get; init; }
    public required IReadOnlyList<RelationshipDefinition> Relationships { get; init; }
    public required IReadOnlyDictionary<string, EnvironmentVariableDefinition> EnvironmentVariables { get; init; }
    public required IReadOnlyDictionary<string, CustomApiDefinition> CustomApis { get; init; }

    /// <summary>Classic plug-in assemblies (PluginAssemblies/): one self-contained dll each, bound by PluginTypeId.</summary>
    public required IReadOnlyList<PluginAssemblyDefinition> PluginAssemblies { get; init; }

    /// <summary>Plug-in packages (pluginpackages/) with the assemblies the registrations folder says they hold.</summary>
    public required IReadOnlyList<PluginPackageDefinition> PluginPackages { get; init; }

    /// <summary>Steps of the solution and of the registrations folder (<see cref="StepDefinition.PluginTypeId"/> null).</summary>
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

    /// <summary>
    /// Parses and validates an unpacked solution folder (the one holding Other/Solution.xml) and the registrations
    /// of its plug-in package types: <paramref name="registrationsFolder"/>, by default the
    /// <see cref="RegistrationsFolderName"/> folder next to the solution folder when it exists.
    /// </summary>
    public static SolutionModel Load(string solutionFolder, string? registrationsFolder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(solutionFolder);
        var folder = new SolutionFolder(solutionFolder);
        registrationsFolder = registrationsFolder is null ? DefaultRegistrations(folder.Root) : Path.GetFullPath(registrationsFolder);
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
        var steps = PluginReader.ReadSolutionSteps(folder, SdkMessageCatalog.Default);
        var registrations = PluginRegistrations.None;
        if (registrationsFolder is not null)
        {
            // File names in errors read "<registrations folder name>/...", relative to the folder's parent.
            var parent = new SolutionFolder(Path.GetDirectoryName(registrationsFolder)!);
            var name = Path.GetFileName(registrationsFolder);
            registrations = PluginRegistrationReader.Read(parent, name);
            steps = steps.Concat(PluginReader.ReadPackageSteps(parent, name, SdkMessageCatalog.Default)).ToArray();
        }

        var packages = PluginPackageBinder.Packages(PluginPackageReader.Read(folder), registrations, assemblies);
        RegistrationValidator.Validate(steps, frozenTables, assemblies, packages, SdkMessageCatalog.Default);
        var customApis = PluginPackageBinder.BindCustomApis(CustomApiReader.Read(folder), registrations, assemblies, packages);

        return new SolutionModel
        {
            Folder = folder.Root,
            RegistrationsFolder = registrationsFolder,
            Manifest = manifest,
            Tables = frozenTables,
            OptionSets = optionSets,
            Relationships = relationships,
            EnvironmentVariables = EnvironmentVariableReader.Read(folder),
            CustomApis = customApis,
            PluginAssemblies = assemblies,
            PluginPackages = packages,
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

    private static string? DefaultRegistrations(string solutionRoot)
    {
        var candidate = Path.Combine(Path.GetDirectoryName(solutionRoot)!, RegistrationsFolderName);
        return Directory.Exists(candidate) ? candidate : null;
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
