namespace Hitl.Solution;

/// <summary>A column a form or view uses.</summary>
public sealed record ColumnReference(string Table, string Column);

/// <summary>Entities/&lt;X&gt;/FormXml/&lt;type&gt;/{guid}.xml.</summary>
/// <param name="FormType">The folder: main, quick, quickCreate or card.</param>
/// <param name="Columns">Every control's datafieldname on the form's table.</param>
public sealed record FormDefinition(Guid Id, string Table, string FormType, string Name, IReadOnlyList<ColumnReference> Columns, string SourceFile);

/// <summary>Entities/&lt;X&gt;/SavedQueries/{guid}.xml.</summary>
/// <param name="Columns">Columns of the fetch (attributes, orders, conditions, link-entity columns) and of the layout grid.</param>
public sealed record ViewDefinition(
    Guid Id,
    string Table,
    string Name,
    int QueryType,
    bool IsDefault,
    bool IsQuickFind,
    IReadOnlyList<ColumnReference> Columns,
    string SourceFile);

/// <summary>AppModules/&lt;name&gt;/AppModule.xml.</summary>
public sealed record AppModuleDefinition(
    string UniqueName,
    string DisplayName,
    IReadOnlyList<AppModuleComponent> Components,
    IReadOnlyList<Guid> RoleIds,
    string SourceFile);

public sealed record AppModuleComponent(ComponentType Type, string? SchemaName, Guid? Id);

/// <summary>AppModuleSiteMaps/&lt;name&gt;/AppModuleSiteMap.xml.</summary>
/// <param name="Tables">Entity attributes of the SubArea elements.</param>
public sealed record SiteMapDefinition(string UniqueName, IReadOnlyList<string> Tables, string SourceFile);
