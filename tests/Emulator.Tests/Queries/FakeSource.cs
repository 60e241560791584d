using Hitl.Emulator.Metadata;
using Hitl.Solution;
using System.ServiceModel;
using Hitl.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Tests.Queries;

/// <summary>A small in-test store: tables with column kinds and rows, a fixed clock and caller.</summary>
internal sealed class FakeSource : IQueryDataSource
{
    private readonly Dictionary<string, (string Id, string Name, Dictionary<string, ColumnType> Columns)> tables = new();
    private readonly Dictionary<string, List<Entity>> rows = new();

    public static readonly DateTime Now = new(2024, 5, 15, 10, 30, 0, DateTimeKind.Utc); // a Wednesday

    public DateTime UtcNow { get; set; } = Now;
    public Guid CallerId { get; set; } = Guid.NewGuid();
    public IReadOnlyCollection<Guid> CallerTeamIds { get; set; } = Array.Empty<Guid>();
    public Func<string, Entity, bool> ReadRule { get; set; } = (_, _) => true;
    public int RowsCalls { get; private set; }

    public FakeSource Table(string name, string primaryId, string primaryName, params (string Column, ColumnType Kind)[] columns)
    {
        var map = columns.ToDictionary(c => c.Column, c => c.Kind);
        map[primaryId] = ColumnType.PrimaryKey;
        map[primaryName] = ColumnType.String;
        tables[name] = (primaryId, primaryName, map);
        rows[name] = new List<Entity>();
        return this;
    }

    public Entity Add(string table, params (string Column, object? Value)[] values)
    {
        var id = Guid.NewGuid();
        var entity = new Entity(table, id);
        entity[tables[table].Id] = id;
        foreach (var (column, value) in values)
        {
            if (value is not null)
            {
                entity[column] = value;
            }
        }
        rows[table].Add(entity);
        return entity;
    }

    public bool TableExists(string table) => tables.ContainsKey(table);
    public string? PrimaryIdAttribute(string table) => tables.TryGetValue(table, out var t) ? t.Id : null;
    public string? PrimaryNameAttribute(string table) => tables.TryGetValue(table, out var t) ? t.Name : null;

    public ColumnType? ColumnTypeOf(string table, string column) =>
        tables.TryGetValue(table, out var t) && t.Columns.TryGetValue(column, out var kind) ? kind : null;

    public IEnumerable<QueryRow> Rows(string table)
    {
        RowsCalls++;
        return rows[table].Select(QueryRow.Of);
    }

    public bool CanRead(string table, QueryRow row) => ReadRule(table, ((EntityQueryRow)row).Entity);

    public string? ReferenceName(EntityReference reference) => reference.Name;

    public string? FormatValue(string table, string column, object value) => value switch
    {
        OptionSetValue o => $"Label {o.Value}",
        bool b => b ? "Yes" : "No",
        _ => null,
    };

    /// <summary>The standard test schema: account, contact, systemuser.</summary>
    public static FakeSource Sales() => new FakeSource()
        .Table("account", "accountid", "name",
            ("numberofemployees", ColumnType.Integer),
            ("revenue", ColumnType.Money),
            ("creditlimit", ColumnType.Decimal),
            ("rating", ColumnType.Double),
            ("donotemail", ColumnType.Boolean),
            ("createdon", ColumnType.DateTime),
            ("industrycode", ColumnType.Picklist),
            ("statecode", ColumnType.State),
            ("ownerid", ColumnType.Owner),
            ("primarycontactid", ColumnType.Lookup),
            ("hitl_channels", ColumnType.MultiSelectPicklist),
            ("description", ColumnType.Memo),
            ("accountnumber", ColumnType.String))
        .Table("contact", "contactid", "fullname",
            ("parentcustomerid", ColumnType.Customer),
            ("jobtitle", ColumnType.String),
            ("ownerid", ColumnType.Owner),
            ("numberofchildren", ColumnType.Integer))
        .Table("systemuser", "systemuserid", "fullname",
            ("businessunitid", ColumnType.Lookup));
}

internal static class QueryTestExtensions
{
    private static readonly QueryEngine Engine = new();

    public static EntityCollection Run(this FakeSource source, QueryBase query) => Engine.RetrieveMultiple(query, source);

    public static EntityCollection Fetch(this FakeSource source, string fetchXml) => Engine.RetrieveMultiple(new FetchExpression(fetchXml), source);

    public static List<string?> Names(this EntityCollection result, string column = "name") =>
        result.Entities.Select(e => (string?)e.GetAttributeValue<string>(column)).ToList();

    public static FaultException<OrganizationServiceFault> Fault(this FakeSource source, QueryBase query) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => source.Run(query));

    public static QueryExpression Where(string table, string column, ConditionOperator op, params object[] values)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(column, op, values);
        return query;
    }
}
