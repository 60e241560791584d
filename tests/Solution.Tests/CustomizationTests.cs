namespace Hitl.Solution.Tests;

public class CustomizationTests(RealSolution solution) : IClassFixture<RealSolution>
{
    /// <summary>Platform columns a custom table carries without the publisher prefix.</summary>
    private static readonly HashSet<string> PlatformColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statecode", "statuscode", "ownerid", "owningbusinessunit", "owninguser", "owningteam", "createdon", "createdby",
        "createdonbehalfby", "modifiedon", "modifiedby", "modifiedonbehalfby", "overriddencreatedon", "importsequencenumber",
        "timezoneruleversionnumber", "utcconversiontimezonecode", "versionnumber", "transactioncurrencyid", "exchangerate", "organizationid",
    };

    private string Prefix => solution.Model.Manifest.Publisher.CustomizationPrefix + "_";

    [Fact]
    public void Every_form_and_view_references_existing_columns()
    {
        var model = solution.Model;
        var problems = model.Forms.Select(f => (f.SourceFile, f.Columns))
            .Concat(model.Views.Select(v => (v.SourceFile, v.Columns)))
            .SelectMany(x => x.Columns.Where(c => !model.Tables.TryGetValue(c.Table, out var table) || !table.HasColumn(c.Column))
                .Select(c => $"{x.SourceFile}: column '{c.Table}.{c.Column}' does not exist"));
        RealSolution.AssertNone(problems, "Forms and views referencing missing columns");
    }

    [Fact]
    public void Every_app_and_site_map_component_exists()
    {
        var model = solution.Model;
        var problems = new List<string>();
        foreach (var app in model.AppModules)
        {
            foreach (var component in app.Components)
            {
                var exists = component.Type switch
                {
                    ComponentType.Entity => component.SchemaName is not null && model.Tables.ContainsKey(component.SchemaName),
                    ComponentType.SavedQuery => model.Views.Any(v => v.Id == component.Id),
                    ComponentType.SystemForm => model.Forms.Any(f => f.Id == component.Id),
                    ComponentType.SiteMap => model.SiteMaps.Any(s => s.UniqueName == component.SchemaName),
                    ComponentType.Workflow => model.Flows.Any(f => f.Id == component.Id),
                    _ => false,
                };
                if (!exists)
                {
                    problems.Add($"{app.SourceFile}: component type {(int)component.Type} {component.SchemaName ?? component.Id?.ToString("B")} does not exist");
                }
            }

            problems.AddRange(app.RoleIds.Where(id => model.Roles.All(r => r.Id != id)).Select(id => $"{app.SourceFile}: role {id:B} is not in Roles/"));
        }

        problems.AddRange(model.SiteMaps.SelectMany(s => s.Tables.Where(t => !model.Tables.ContainsKey(t)).Select(t => $"{s.SourceFile}: SubArea table '{t}' does not exist")));
        RealSolution.AssertNone(problems, "App components that do not exist");
    }

    [Fact]
    public void Every_role_privilege_names_a_table_in_the_model()
    {
        var model = solution.Model;
        var schemaNames = model.Tables.Values.Select(t => t.PrivilegeName).ToHashSet(StringComparer.Ordinal);
        var problems = model.Roles.SelectMany(role => role.Privileges
            .Where(p => p.Action is null || !schemaNames.Contains(p.EntitySchemaName!))
            .Select(p => $"{role.SourceFile}: privilege '{p.Name}' is not prv<Action><table schema name> for a table in the model"));
        RealSolution.AssertNone(problems, "Role privileges naming unknown tables");
    }

    [Fact]
    public void Custom_option_values_start_with_the_publisher_option_value_prefix()
    {
        var model = solution.Model;
        var publisher = model.Manifest.Publisher;
        var problems = model.OptionSets.Values
            .SelectMany(set => set.Options.Where(o => !publisher.OwnsOptionValue(o.Value)).Select(o => $"OptionSets/{set.Name}.xml: value {o.Value} ('{o.Label}')"))
            .ToList();
        foreach (var table in model.Tables.Values.Where(t => t.SourceFile is not null))
        {
            foreach (var column in table.Columns.Values.Where(c => c.OptionSet is { IsGlobal: false }))
            {
                // Picklists of custom columns, and status reasons beyond the platform's 1 (Active) / 2 (Inactive).
                var values = column.Type switch
                {
                    ColumnType.Picklist or ColumnType.MultiSelectPicklist when column.LogicalName.StartsWith(Prefix, StringComparison.Ordinal) => column.OptionSet!.Values,
                    ColumnType.Status when table.IsCustom => column.OptionSet!.Values.Where(v => v is not (1 or 2)),
                    _ => Enumerable.Empty<int>(),
                };
                problems.AddRange(values.Where(v => !publisher.OwnsOptionValue(v)).Select(v => $"{table.SourceFile}: {table.LogicalName}.{column.LogicalName} value {v}"));
            }
        }

        RealSolution.AssertNone(problems, $"Option values outside {publisher.FirstOptionValue}-{publisher.FirstOptionValue + 9999}");
    }

    [Fact]
    public void Custom_names_carry_the_publisher_prefix()
    {
        var model = solution.Model;
        var problems = new List<string>();
        foreach (var table in model.Tables.Values.Where(t => t.SourceFile is not null))
        {
            if (table.IsCustom && !table.LogicalName.StartsWith(Prefix, StringComparison.Ordinal))
            {
                problems.Add($"{table.SourceFile}: table '{table.LogicalName}'");
            }

            var customColumns = table.IsCustom
                ? table.Columns.Values.Where(c => !c.IsImplicit && !PlatformColumns.Contains(c.LogicalName) && c.LogicalName != table.PrimaryIdAttribute && !c.LogicalName.EndsWith("_base", StringComparison.Ordinal))
                : table.Columns.Values.Where(c => c.IsCustom);
            problems.AddRange(customColumns.Where(c => !c.LogicalName.StartsWith(Prefix, StringComparison.Ordinal)).Select(c => $"{table.SourceFile}: column '{table.LogicalName}.{c.LogicalName}'"));
        }

        problems.AddRange(model.OptionSets.Keys.Where(n => !n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => $"OptionSets/{n}.xml: option set '{n}'"));
        problems.AddRange(model.EnvironmentVariables.Values.Where(v => !v.SchemaName.StartsWith(Prefix, StringComparison.Ordinal)).Select(v => $"{v.SourceFile}: environment variable '{v.SchemaName}'"));
        problems.AddRange(model.CustomApis.Values.Where(a => !a.UniqueName.StartsWith(Prefix, StringComparison.Ordinal)).Select(a => $"{a.SourceFile}: custom API '{a.UniqueName}'"));
        problems.AddRange(model.ConnectionReferences.Keys.Where(n => !n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => $"Other/Customizations.xml: connection reference '{n}'"));
        problems.AddRange(model.AppModules.Where(a => !a.UniqueName.StartsWith(Prefix, StringComparison.Ordinal)).Select(a => $"{a.SourceFile}: app '{a.UniqueName}'"));
        problems.AddRange(model.Relationships.OfType<OneToManyRelationship>()
            .Where(r => r.ReferencingAttribute.StartsWith(Prefix, StringComparison.Ordinal) && !r.SchemaName.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => $"{r.SourceFile}: relationship '{r.SchemaName}'"));
        RealSolution.AssertNone(problems, $"Custom names without the '{Prefix}' prefix");
    }

    [Fact]
    public void Every_lookup_on_a_custom_column_has_a_relationship()
    {
        var model = solution.Model;
        var problems = model.Tables.Values.Where(t => t.SourceFile is not null)
            .SelectMany(t => t.Columns.Values
                .Where(c => c.Type == ColumnType.Lookup && c.Targets.Count == 0)
                .Select(c => $"{t.SourceFile}: lookup '{t.LogicalName}.{c.LogicalName}' has no relationship in Other/Relationships/ (no target table)"));
        RealSolution.AssertNone(problems, "Lookups without relationships");
    }
}
