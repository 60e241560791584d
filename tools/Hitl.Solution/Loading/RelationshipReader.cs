namespace Hitl.Solution.Loading;

/// <summary>
/// Other/Relationships/&lt;Entity&gt;.xml bodies. 1:N relationships give lookups their targets; N:N relationships
/// add their intersect table when no table of that name exists.
/// </summary>
internal static class RelationshipReader
{
    public static IReadOnlyList<RelationshipDefinition> Read(SolutionFolder folder, Dictionary<string, TableBuilder> tables)
    {
        var result = new List<RelationshipDefinition>();
        foreach (var path in folder.Files("Other/Relationships", "*.xml"))
        {
            var file = folder.Relative(path);
            var root = folder.LoadXml(path, "EntityRelationships");
            foreach (var element in root.Elements("EntityRelationship"))
            {
                var name = element.RequiredAttribute("Name", file);
                var kind = element.RequiredText("EntityRelationshipType", file);
                RelationshipDefinition relationship = kind switch
                {
                    "OneToMany" => ReadOneToMany(element, name, file, tables),
                    "ManyToMany" => ReadManyToMany(element, name, file, tables),
                    _ => throw new SolutionLoadException(file, $"relationship '{name}' has unknown <EntityRelationshipType> '{kind}'."),
                };
                if (result.Any(r => string.Equals(r.SchemaName, name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new SolutionLoadException(file, $"relationship '{name}' is defined twice.");
                }

                result.Add(relationship);
            }
        }

        return result;
    }

    private static OneToManyRelationship ReadOneToMany(System.Xml.Linq.XElement element, string name, string file, Dictionary<string, TableBuilder> tables)
    {
        var referenced = Table(element.RequiredText("ReferencedEntityName", file), name, file, tables);
        var referencing = Table(element.RequiredText("ReferencingEntityName", file), name, file, tables);
        var attribute = element.RequiredText("ReferencingAttributeName", file).ToLowerInvariant();
        if (!referencing.Columns.TryGetValue(attribute, out var column))
        {
            throw new SolutionLoadException(file, $"relationship '{name}': '{referencing.LogicalName}' has no column '{attribute}' (ReferencingAttributeName).");
        }

        if (!column.IsLookupLike)
        {
            throw new SolutionLoadException(file, $"relationship '{name}': '{referencing.LogicalName}.{attribute}' is {column.Type}, not a lookup.");
        }

        referencing.AddTargets(attribute, new[] { referenced.LogicalName });
        return new OneToManyRelationship(name, referenced.LogicalName, referencing.LogicalName, attribute, element.Text("CascadeDelete") ?? "RemoveLink", file);
    }

    private static ManyToManyRelationship ReadManyToMany(System.Xml.Linq.XElement element, string name, string file, Dictionary<string, TableBuilder> tables)
    {
        var first = Table(element.RequiredText("FirstEntityName", file), name, file, tables);
        var second = Table(element.RequiredText("SecondEntityName", file), name, file, tables);
        var intersect = element.RequiredText("IntersectEntityName", file).ToLowerInvariant();
        if (!tables.ContainsKey(intersect))
        {
            var table = new TableBuilder
            {
                LogicalName = intersect,
                SchemaName = intersect,
                DisplayName = intersect,
                DisplayCollectionName = intersect,
                EntitySetName = intersect + "set",
                Ownership = OwnershipType.None,
                PrimaryIdAttribute = intersect + "id",
                IsCustom = true,
                IsIntersect = true,
                SourceFile = file,
            };
            table.Messages.UnionWith(new[] { "Retrieve", "RetrieveMultiple" });
            table.AddColumn(new ColumnDefinition { LogicalName = table.PrimaryIdAttribute, SchemaName = table.PrimaryIdAttribute, Type = ColumnType.PrimaryKey, IsImplicit = true });
            foreach (var end in new[] { first, second }.Distinct())
            {
                table.AddColumn(new ColumnDefinition { LogicalName = end.PrimaryIdAttribute, SchemaName = end.PrimaryIdAttribute, Type = ColumnType.Uniqueidentifier, IsImplicit = true });
            }

            tables.Add(intersect, table);
        }

        return new ManyToManyRelationship(name, first.LogicalName, second.LogicalName, intersect, file);
    }

    private static TableBuilder Table(string schemaName, string relationship, string file, Dictionary<string, TableBuilder> tables) =>
        tables.TryGetValue(schemaName.ToLowerInvariant(), out var table)
            ? table
            : throw new SolutionLoadException(file, $"relationship '{relationship}' names table '{schemaName}', which is neither in Entities/ nor in the system-table metadata.");
}
