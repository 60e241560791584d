using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>Forms, views, app modules and site maps: only what integrity checks need (ids, names, referenced columns and components).</summary>
internal static class UiReader
{
    public static IReadOnlyList<FormDefinition> ReadForms(SolutionFolder folder)
    {
        var forms = new List<FormDefinition>();
        foreach (var entityDirectory in folder.Directories("Entities"))
        {
            var table = Path.GetFileName(entityDirectory).ToLowerInvariant();
            foreach (var typeDirectory in folder.Directories(Path.Combine(folder.Relative(entityDirectory), "FormXml")))
            {
                // *_managed.xml twins repeat the unmanaged form.
                foreach (var path in folder.Files(folder.Relative(typeDirectory), "*.xml").Where(p => !p.EndsWith("_managed.xml", StringComparison.Ordinal)))
                {
                    var file = folder.Relative(path);
                    var root = folder.LoadXml(path, "forms");
                    var form = root.Element("systemform") ?? throw new SolutionLoadException(file, "has no <systemform>.");
                    var columns = form.Descendants("control")
                        .Select(c => c.Attribute("datafieldname")?.Value)
                        .Where(n => !string.IsNullOrEmpty(n))
                        .Distinct(StringComparer.OrdinalIgnoreCase)
                        .Select(n => new ColumnReference(table, n!.ToLowerInvariant()))
                        .ToArray();
                    forms.Add(new FormDefinition(form.RequiredGuid("formid", file), table, Path.GetFileName(typeDirectory), form.Element("LocalizedNames").Label(), columns, file));
                }
            }
        }

        return forms;
    }

    public static IReadOnlyList<ViewDefinition> ReadViews(SolutionFolder folder)
    {
        var views = new List<ViewDefinition>();
        foreach (var path in folder.Files("Entities", "*.xml", recursive: true)
                     .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == "SavedQueries" && !p.EndsWith("_managed.xml", StringComparison.Ordinal)))
        {
            var file = folder.Relative(path);
            var root = folder.LoadXml(path, "savedqueries");
            var query = root.Element("savedquery") ?? throw new SolutionLoadException(file, "has no <savedquery>.");
            var entity = query.Element("fetchxml")?.Element("fetch")?.Element("entity")
                ?? throw new SolutionLoadException(file, "has no <fetchxml><fetch><entity>.");
            var table = entity.RequiredAttribute("name", file).ToLowerInvariant();
            var columns = new List<ColumnReference>();
            CollectFetchColumns(entity, table, columns);
            CollectLayoutColumns(query.Element("layoutxml"), table, columns);
            views.Add(new ViewDefinition(
                query.RequiredGuid("savedqueryid", file),
                table,
                query.Element("LocalizedNames").Label(),
                query.Int("querytype", file) ?? 0,
                query.Flag("isdefault", file),
                query.Flag("isquickfindquery", file),
                columns.Distinct().ToArray(),
                file));
        }

        return views;
    }

    /// <summary>attribute/order/condition names on this entity, then link-entity from/to and the linked table's own columns.</summary>
    private static void CollectFetchColumns(XElement entity, string table, List<ColumnReference> columns)
    {
        foreach (var element in entity.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "attribute":
                    Add(columns, table, element.Attribute("name")?.Value);
                    break;
                case "order":
                    Add(columns, table, element.Attribute("attribute")?.Value);
                    break;
                case "filter":
                    // Conditions naming another entity (entityname="alias") belong to a link-entity.
                    foreach (var condition in element.Descendants("condition").Where(c => c.Attribute("entityname") is null))
                    {
                        Add(columns, table, condition.Attribute("attribute")?.Value);
                    }

                    break;
                case "link-entity":
                    var linked = element.Attribute("name")?.Value?.ToLowerInvariant();
                    if (linked is not null)
                    {
                        Add(columns, linked, element.Attribute("from")?.Value);
                        Add(columns, table, element.Attribute("to")?.Value);
                        CollectFetchColumns(element, linked, columns);
                    }

                    break;
            }
        }
    }

    private static void CollectLayoutColumns(XElement? layout, string table, List<ColumnReference> columns)
    {
        var grid = layout?.Element("grid");
        if (grid is null)
        {
            return;
        }

        Add(columns, table, grid.Attribute("jump")?.Value);
        foreach (var row in grid.Elements("row"))
        {
            Add(columns, table, row.Attribute("id")?.Value);
            foreach (var cell in row.Elements("cell"))
            {
                // "alias.column" cells show link-entity columns, already collected from the fetch.
                var name = cell.Attribute("name")?.Value;
                if (name is not null && !name.Contains('.'))
                {
                    Add(columns, table, name);
                }
            }
        }
    }

    private static void Add(List<ColumnReference> columns, string table, string? column)
    {
        if (!string.IsNullOrWhiteSpace(column))
        {
            columns.Add(new ColumnReference(table, column.ToLowerInvariant()));
        }
    }

    public static IReadOnlyList<AppModuleDefinition> ReadAppModules(SolutionFolder folder) =>
        folder.Directories("AppModules").Select(directory =>
        {
            var path = Path.Combine(directory, "AppModule.xml");
            var file = folder.Relative(path);
            if (!File.Exists(path))
            {
                throw new SolutionLoadException(folder.Relative(directory), "folder has no AppModule.xml.");
            }

            var root = folder.LoadXml(path, "AppModule");
            var components = (root.Element("AppModuleComponents")?.Elements("AppModuleComponent") ?? Enumerable.Empty<XElement>())
                .Select(c =>
                {
                    var id = c.Attribute("id")?.Value;
                    return new AppModuleComponent(
                        (ComponentType)Xml.ParseInt(c.RequiredAttribute("type", file), "AppModuleComponent type", file, c),
                        c.Attribute("schemaName")?.Value,
                        id is null ? null : Xml.ParseGuid(id, "AppModuleComponent id", file, c));
                })
                .ToArray();
            var roles = (root.Element("AppModuleRoleMaps")?.Elements("Role") ?? Enumerable.Empty<XElement>())
                .Select(r => r.RequiredGuidAttribute("id", file))
                .ToArray();
            return new AppModuleDefinition(root.RequiredText("UniqueName", file), root.Element("LocalizedNames").Label(), components, roles, file);
        }).ToArray();

    public static IReadOnlyList<SiteMapDefinition> ReadSiteMaps(SolutionFolder folder) =>
        folder.Directories("AppModuleSiteMaps").Select(directory =>
        {
            var path = Path.Combine(directory, "AppModuleSiteMap.xml");
            var file = folder.Relative(path);
            if (!File.Exists(path))
            {
                throw new SolutionLoadException(folder.Relative(directory), "folder has no AppModuleSiteMap.xml.");
            }

            var root = folder.LoadXml(path, "AppModuleSiteMap");
            var tables = root.Descendants("SubArea")
                .Select(s => s.Attribute("Entity")?.Value)
                .Where(e => !string.IsNullOrEmpty(e))
                .Select(e => e!.ToLowerInvariant())
                .Distinct()
                .ToArray();
            return new SiteMapDefinition(root.RequiredText("SiteMapUniqueName", file), tables, file);
        }).ToArray();
}
