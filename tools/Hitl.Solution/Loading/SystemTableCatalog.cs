using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>Reads the embedded SystemTables.xml (the platform tables the product uses) into fresh table builders.</summary>
internal static class SystemTableCatalog
{
    public const string ResourceName = "Hitl.Solution.SystemTables.xml";
    private const string File = "SystemTables.xml (embedded in Hitl.Solution)";

    private static readonly Lazy<XElement> Document = new(() =>
    {
        using var stream = typeof(SystemTableCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Hitl.Solution.");
        return XDocument.Load(stream, LoadOptions.SetLineInfo).Root!;
    });

    /// <summary>One builder per system table; new instances on every call because the loader mutates them.</summary>
    public static Dictionary<string, TableBuilder> Create()
    {
        var tables = new Dictionary<string, TableBuilder>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in Document.Value.Elements("Table"))
        {
            var table = new TableBuilder
            {
                LogicalName = element.RequiredAttribute("LogicalName", File),
                SchemaName = element.RequiredAttribute("SchemaName", File),
                DisplayName = element.RequiredAttribute("DisplayName", File),
                DisplayCollectionName = element.RequiredAttribute("CollectionName", File),
                EntitySetName = element.RequiredAttribute("EntitySetName", File),
                Ownership = ColumnTypes.ParseOwnership(element.RequiredAttribute("Ownership", File), File),
                PrimaryIdAttribute = element.RequiredAttribute("PrimaryId", File),
                PrimaryNameAttribute = element.Attribute("PrimaryName")?.Value,
                PrivilegeName = element.Attribute("PrivilegeName")?.Value,
                IsCustom = false,
                IsActivity = (bool?)element.Attribute("IsActivity") ?? false,
                IsIntersect = (bool?)element.Attribute("Intersect") ?? false,
                HasAuditColumns = (bool?)element.Attribute("AuditColumns") ?? true,
            };
            table.Messages.UnionWith(Xml.CommaList(element.Attribute("Messages")?.Value).Select(m => CanonicalMessage(m, table.LogicalName)));
            foreach (var column in element.Elements("Column"))
            {
                table.AddColumn(ReadColumn(column, table.LogicalName));
            }

            StandardColumns.AddMissing(table);
            tables.Add(table.LogicalName, table);
        }

        return tables;
    }

    private static string CanonicalMessage(string lowerCaseName, string table) =>
        SdkMessageCatalog.Default.TryGetByName(lowerCaseName, out var message)
            ? message.Name
            : throw new InvalidOperationException($"{File}: table '{table}' lists message '{lowerCaseName}', which is not in the SDK message catalog.");

    private static ColumnDefinition ReadColumn(XElement element, string table)
    {
        var name = element.RequiredAttribute("Name", File);
        var type = ColumnTypes.Parse(element.RequiredAttribute("Type", File), File, name);
        var states = element.Elements("State")
            .Select(s => new StateOption((int)s.Attribute("Value")!, (int)s.Attribute("DefaultStatus")!, (string)s.Attribute("InvariantName")!, (string)s.Attribute("Label")!))
            .ToArray();
        var statuses = element.Elements("Status")
            .Select(s => new StatusOption((int)s.Attribute("Value")!, (int)s.Attribute("State")!, (string)s.Attribute("Label")!))
            .ToArray();
        var options = element.Elements("Option").Select(o => new OptionValue((int)o.Attribute("Value")!, (string)o.Attribute("Label")!)).ToList();
        options.AddRange(states.Select(s => new OptionValue(s.Value, s.Label)));
        options.AddRange(statuses.Select(s => new OptionValue(s.Value, s.Label)));
        if (type == ColumnType.Boolean && options.Count == 0)
        {
            options.Add(new OptionValue(0, "No"));
            options.Add(new OptionValue(1, "Yes"));
        }

        OptionSetDefinition? optionSet = options.Count == 0
            ? null
            : new OptionSetDefinition($"{table}_{name}", name, type switch
            {
                ColumnType.Boolean => OptionSetType.Boolean,
                ColumnType.State => OptionSetType.State,
                ColumnType.Status => OptionSetType.Status,
                _ => OptionSetType.Picklist,
            }, false, options);

        return new ColumnDefinition
        {
            LogicalName = name,
            SchemaName = element.RequiredAttribute("SchemaName", File),
            Type = type,
            DisplayName = element.Attribute("DisplayName")?.Value ?? "",
            RequiredLevel = ColumnTypes.ParseRequiredLevel(element.Attribute("RequiredLevel")?.Value, File, name),
            Format = element.Attribute("Format")?.Value,
            MaxLength = (int?)element.Attribute("MaxLength"),
            MinValue = (decimal?)element.Attribute("Min"),
            MaxValue = (decimal?)element.Attribute("Max"),
            Precision = (int?)element.Attribute("Precision"),
            DefaultValue = (int?)element.Attribute("Default"),
            Targets = Xml.CommaList(element.Attribute("Targets")?.Value),
            DateTimeBehavior = ColumnTypes.ParseBehavior((int?)element.Attribute("Behavior"), File, name)
                ?? (type == ColumnType.DateTime ? DateTimeBehavior.UserLocal : null),
            OptionSet = optionSet,
            States = states,
            Statuses = statuses,
        };
    }
}
