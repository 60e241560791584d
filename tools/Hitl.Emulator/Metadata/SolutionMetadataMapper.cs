using S = Hitl.Solution;

namespace Hitl.Emulator.Metadata;

/// <summary>Maps the parsed solution (Hitl.Solution) onto the emulator's runtime metadata.</summary>
public static class SolutionMetadataMapper
{
    /// <summary>Platform N:N relationships behind users, teams and roles (not in any solution file).</summary>
    private static readonly RelationshipMetadata[] SystemManyToMany =
    [
        NewManyToMany("teammembership_association", "team", "teamid", "systemuser", "systemuserid", "teammembership"),
        NewManyToMany("systemuserroles_association", "systemuser", "systemuserid", "role", "roleid", "systemuserroles"),
        NewManyToMany("teamroles_association", "team", "teamid", "role", "roleid", "teamroles"),
    ];

    public static EmulatorMetadata Map(S.SolutionModel model)
    {
        var tables = model.Tables.Values.Select(MapTable).ToList();
        var relationships = model.Relationships.Select(r => MapRelationship(r, model)).ToList();
        foreach (var system in SystemManyToMany)
            if (relationships.All(r => !string.Equals(r.SchemaName, system.SchemaName, StringComparison.OrdinalIgnoreCase)))
                relationships.Add(system);
        var steps = model.Steps.Select(MapStep).ToList();
        var apis = model.CustomApis.Values.Select(a => MapCustomApi(a)).ToList();
        var variables = model.EnvironmentVariables.Values.Select(MapVariable).ToList();
        var roles = model.Roles.Select(r => new RoleDefinition(r.Id, r.Name,
            r.Privileges.Select(p => new RolePrivilege(p.Name, p.Level)).ToList())).ToList();
        return new EmulatorMetadata(tables, relationships, steps, apis, variables, roles);
    }

    private static TableMetadata MapTable(S.TableDefinition t) => new(t.LogicalName, t.PrimaryIdAttribute)
    {
        SchemaName = t.SchemaName,
        PrivilegeName = t.PrivilegeName,
        PrimaryNameAttribute = t.PrimaryNameAttribute,
        Ownership = t.Ownership,
        IsIntersect = t.IsIntersect,
        Columns = t.Columns.Values.ToDictionary(c => c.LogicalName, c => MapColumn(c, t), StringComparer.Ordinal),
    };

    private static ColumnMetadata MapColumn(S.ColumnDefinition c, S.TableDefinition t) => new(c.LogicalName, c.Type)
    {
        RequiredLevel = c.RequiredLevel,
        MaxLength = c.MaxLength,
        MinValue = c.MinValue,
        MaxValue = c.MaxValue,
        Precision = c.Precision,
        Targets = c.Targets,
        Options = c.Type switch
        {
            S.ColumnType.State => c.States.Select(s => new OptionMetadata(s.Value, s.Label)).ToList(),
            S.ColumnType.Status => c.Statuses.Select(s => new OptionMetadata(s.Value, s.Label, s.State, IsDefaultStatus(t, c, s))).ToList(),
            _ => c.OptionSet?.Options.Select(o => new OptionMetadata(o.Value, o.Label)).ToList() ?? [],
        },
    };

    /// <summary>The statecode column names each state's default status; without one, the state's first status is the default.</summary>
    private static bool IsDefaultStatus(S.TableDefinition t, S.ColumnDefinition c, S.StatusOption s) =>
        t.States.FirstOrDefault(x => x.Value == s.State) is { } state
            ? state.DefaultStatus == s.Value
            : c.Statuses.First(x => x.State == s.State) == s;

    private static RelationshipMetadata MapRelationship(S.RelationshipDefinition r, S.SolutionModel model) => r switch
    {
        S.OneToManyRelationship o => new RelationshipMetadata(o.SchemaName, RelationshipKind.OneToMany)
        {
            ReferencedEntity = o.ReferencedEntity,
            ReferencingEntity = o.ReferencingEntity,
            ReferencingAttribute = o.ReferencingAttribute,
            CascadeDelete = o.CascadeDelete,
        },
        S.ManyToManyRelationship m => NewManyToMany(m.SchemaName, m.FirstEntity, IntersectColumn(model, m.FirstEntity),
            m.SecondEntity, IntersectColumn(model, m.SecondEntity), m.IntersectEntity),
        _ => throw new NotSupportedException($"Relationship type {r.GetType().Name} ({r.SchemaName})."),
    };

    /// <summary>Intersect tables name their key columns after the joined tables' primary keys.</summary>
    private static string IntersectColumn(S.SolutionModel model, string entity) =>
        model.Tables.TryGetValue(entity, out var table) ? table.PrimaryIdAttribute : entity + "id";

    private static RelationshipMetadata NewManyToMany(string name, string first, string firstColumn, string second, string secondColumn, string intersect) =>
        new(name, RelationshipKind.ManyToMany)
        {
            Entity1 = first,
            Entity1IntersectAttribute = firstColumn,
            Entity2 = second,
            Entity2IntersectAttribute = secondColumn,
            IntersectEntity = intersect,
        };

    private static StepRegistration MapStep(S.StepDefinition s) =>
        new(s.Id, s.Name, s.MessageName, s.PrimaryEntity, (int)s.Stage, (int)s.Mode, s.PluginTypeName)
        {
            Rank = s.Rank,
            FilteringAttributes = s.FilteringAttributes,
            UnsecureConfiguration = s.UnsecureConfiguration,
            SecureConfiguration = s.SecureConfiguration,
            Images = s.Images.Select(i => new ImageRegistration(i.EntityAlias, i.ImageType, i.Attributes)).ToList(),
        };

    private static CustomApiDefinition MapCustomApi(S.CustomApiDefinition a) => new(a.UniqueName)
    {
        BindingType = a.BindingType,
        BoundEntityLogicalName = a.BoundEntityLogicalName,
        IsFunction = a.IsFunction,
        IsPrivate = a.IsPrivate,
        AllowedCustomProcessingStepType = a.AllowedCustomProcessingStepType,
        ExecutePrivilegeName = a.ExecutePrivilegeName,
        PluginTypeName = a.PluginTypeName,
        RequestParameters = a.RequestParameters.Select(p => new CustomApiField(p.UniqueName, p.Type, p.IsOptional, p.LogicalEntityName)).ToList(),
        ResponseProperties = a.ResponseProperties.Select(p => new CustomApiField(p.UniqueName, p.Type, false, p.LogicalEntityName)).ToList(),
    };

    private static EnvironmentVariableDefinition MapVariable(S.EnvironmentVariableDefinition v) => new(v.SchemaName)
    {
        DisplayName = v.DisplayName,
        Type = v.Type,
        DefaultValue = v.DefaultValue,
        IsRequired = v.IsRequired,
        Description = v.Description,
        Value = v.CurrentValue,
    };
}
