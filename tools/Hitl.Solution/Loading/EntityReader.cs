using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>
/// Entities/&lt;Schema&gt;/Entity.xml: a custom table becomes a new table; a system table (behavior 2 pattern,
/// only the added columns listed) merges its columns into the system metadata.
/// </summary>
internal static class EntityReader
{
    public static void Read(SolutionFolder folder, Dictionary<string, TableBuilder> tables, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets)
    {
        foreach (var directory in folder.Directories("Entities"))
        {
            var path = Path.Combine(directory, "Entity.xml");
            if (!File.Exists(path))
            {
                throw new SolutionLoadException(folder.Relative(directory), "entity folder has no Entity.xml.");
            }

            ReadOne(folder, path, tables, globalOptionSets);
        }
    }

    private static void ReadOne(SolutionFolder folder, string path, Dictionary<string, TableBuilder> tables, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets)
    {
        var file = folder.Relative(path);
        var root = folder.LoadXml(path, "Entity");
        var schemaName = root.RequiredText("Name", file);
        var logicalName = schemaName.ToLowerInvariant();
        var entity = root.Element("EntityInfo")?.Element("entity")
            ?? throw new SolutionLoadException(file, "has no <EntityInfo><entity>.");

        TableBuilder table;
        if (tables.TryGetValue(logicalName, out var system) && !system.IsCustom)
        {
            table = system;
            table.SourceFile = file;
        }
        else if (tables.ContainsKey(logicalName))
        {
            throw new SolutionLoadException(file, $"table '{logicalName}' is defined twice.");
        }
        else
        {
            var ownership = ColumnTypes.ParseOwnership(
                entity.Text("OwnershipTypeMask") ?? throw new SolutionLoadException(file,
                    $"'{schemaName}' is not a known system table (see SystemTables.xml) and, as a custom table, needs <OwnershipTypeMask>."),
                file);
            table = new TableBuilder
            {
                LogicalName = logicalName,
                SchemaName = schemaName,
                DisplayName = entity.Element("LocalizedNames").Label(),
                DisplayCollectionName = entity.Element("LocalizedCollectionNames").Label(),
                EntitySetName = entity.RequiredText("EntitySetName", file),
                Ownership = ownership,
                PrimaryIdAttribute = logicalName + "id",
                IsCustom = true,
                IsActivity = entity.Flag("IsActivity", file),
                SourceFile = file,
            };
            table.Messages.UnionWith(DefaultMessages(ownership));
            tables.Add(logicalName, table);
        }

        foreach (var attribute in entity.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>())
        {
            var column = ReadColumn(attribute, file, logicalName, globalOptionSets);
            table.AddColumn(column);
            if (column.Type == ColumnType.PrimaryKey)
            {
                table.PrimaryIdAttribute = column.LogicalName;
            }

            if (IsPrimaryName(attribute))
            {
                table.PrimaryNameAttribute = column.LogicalName;
            }
        }

        if (table.IsCustom)
        {
            if (table.PrimaryNameAttribute is null)
            {
                throw new SolutionLoadException(file, $"custom table '{logicalName}' has no primary name column (an nvarchar whose <DisplayMask> contains PrimaryName).");
            }

            StandardColumns.AddMissing(table);
            if (table.Columns.ContainsKey("statecode"))
            {
                table.Messages.UnionWith(new[] { "SetState", "SetStateDynamicEntity" });
            }
        }
    }

    /// <summary>Messages a custom table accepts steps for; Assign and sharing exist only for user/team-owned tables.</summary>
    private static IEnumerable<string> DefaultMessages(OwnershipType ownership)
    {
        var messages = new List<string> { "Create", "Update", "Delete", "Retrieve", "RetrieveMultiple" };
        if (ownership == OwnershipType.UserOwned)
        {
            messages.AddRange(new[] { "Assign", "GrantAccess", "ModifyAccess", "RevokeAccess" });
        }

        return messages;
    }

    private static bool IsPrimaryName(XElement attribute) =>
        (attribute.Text("DisplayMask") ?? "").Split('|').Contains("PrimaryName", StringComparer.Ordinal);

    private static ColumnDefinition ReadColumn(XElement attribute, string file, string table, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets)
    {
        var schemaName = attribute.RequiredAttribute("PhysicalName", file);
        var logicalName = attribute.Text("LogicalName") ?? attribute.Text("Name") ?? schemaName.ToLowerInvariant();
        var type = ColumnTypes.Parse(attribute.RequiredText("Type", file), file, logicalName);

        OptionSetDefinition? optionSet = null;
        IReadOnlyList<StateOption> states = Array.Empty<StateOption>();
        IReadOnlyList<StatusOption> statuses = Array.Empty<StatusOption>();
        var globalName = attribute.Text("OptionSetName");
        if (!string.IsNullOrEmpty(globalName))
        {
            if (!globalOptionSets.TryGetValue(globalName, out optionSet))
            {
                throw new SolutionLoadException(file, $"column '{logicalName}' uses global option set '{globalName}', which is not in OptionSets/.");
            }
        }
        else if (attribute.Element("optionset") is { } inline)
        {
            optionSet = OptionSetReader.Parse(inline, file, isGlobal: false);
            states = OptionSetReader.States(inline, file);
            statuses = OptionSetReader.Statuses(inline, file);
        }

        if (type is ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.State or ColumnType.Status && optionSet is null)
        {
            throw new SolutionLoadException(file, $"{type} column '{logicalName}' has neither <OptionSetName> nor an inline <optionset>.");
        }

        var defaultValue = attribute.Int("AppDefaultValue", file);
        return new ColumnDefinition
        {
            LogicalName = logicalName,
            SchemaName = schemaName,
            Type = type,
            DisplayName = attribute.Element("displaynames").Label(),
            RequiredLevel = ColumnTypes.ParseRequiredLevel(attribute.Text("RequiredLevel"), file, logicalName),
            IsCustom = attribute.Flag("IsCustomField", file),
            Format = attribute.Text("Format"),
            MaxLength = attribute.Int("MaxLength", file),
            MinValue = attribute.Decimal("MinValue", file),
            MaxValue = attribute.Decimal("MaxValue", file),
            Precision = attribute.Int("Accuracy", file) ?? attribute.Int("Precision", file),
            OptionSet = optionSet,
            DefaultValue = defaultValue is null or -1 ? null : defaultValue,
            Targets = type == ColumnType.Owner ? new[] { "systemuser", "team" } : Array.Empty<string>(),
            DateTimeBehavior = type == ColumnType.DateTime
                ? ColumnTypes.ParseBehavior(attribute.Int("Behavior", file), file, logicalName) ?? DateTimeBehavior.UserLocal
                : null,
            States = states,
            Statuses = statuses,
        };
    }
}
