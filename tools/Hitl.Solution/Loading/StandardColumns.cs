namespace Hitl.Solution.Loading;

/// <summary>
/// Columns every Dataverse table has and every export lists. Entity.xml files may omit them (and SystemTables.xml
/// does), so the model adds the missing ones: consumers then see the same columns a real org would report.
/// </summary>
internal static class StandardColumns
{
    public static void AddMissing(TableBuilder table)
    {
        if (table.IsIntersect)
        {
            return;
        }

        Add(table, table.PrimaryIdAttribute, table.SchemaName + "Id", ColumnType.PrimaryKey, RequiredLevel.SystemRequired);
        if (!table.HasAuditColumns)
        {
            Add(table, "versionnumber", "VersionNumber", ColumnType.BigInt);
            return;
        }

        AddDate(table, "createdon", "CreatedOn");
        AddLookup(table, "createdby", "CreatedBy", "systemuser");
        AddLookup(table, "createdonbehalfby", "CreatedOnBehalfBy", "systemuser");
        AddDate(table, "modifiedon", "ModifiedOn");
        AddLookup(table, "modifiedby", "ModifiedBy", "systemuser");
        AddLookup(table, "modifiedonbehalfby", "ModifiedOnBehalfBy", "systemuser");
        Add(table, "overriddencreatedon", "OverriddenCreatedOn", ColumnType.DateTime, format: "date");
        Add(table, "importsequencenumber", "ImportSequenceNumber", ColumnType.Integer, min: -2147483648, max: 2147483647);
        Add(table, "timezoneruleversionnumber", "TimeZoneRuleVersionNumber", ColumnType.Integer, min: -1, max: 2147483647);
        Add(table, "utcconversiontimezonecode", "UTCConversionTimeZoneCode", ColumnType.Integer, min: -1, max: 2147483647);
        Add(table, "versionnumber", "VersionNumber", ColumnType.BigInt);

        if (table.Ownership == OwnershipType.UserOwned)
        {
            if (!table.Columns.ContainsKey("ownerid"))
            {
                table.AddColumn(Column("ownerid", "OwnerId", ColumnType.Owner, RequiredLevel.SystemRequired) with { Targets = new[] { "systemuser", "team" } });
            }

            AddLookup(table, "owningbusinessunit", "OwningBusinessUnit", "businessunit");
            AddLookup(table, "owninguser", "OwningUser", "systemuser");
            AddLookup(table, "owningteam", "OwningTeam", "team");
        }

        if (table.Ownership == OwnershipType.OrganizationOwned)
        {
            AddLookup(table, "organizationid", "OrganizationId", "organization");
        }

        if (table.IsCustom)
        {
            AddDefaultState(table);
        }

        FillPlatformLookupTargets(table);

        var moneyColumns = table.Columns.Values.Where(c => c.Type == ColumnType.Money && !c.LogicalName.EndsWith("_base", StringComparison.Ordinal)).ToList();
        if (moneyColumns.Count > 0)
        {
            AddLookup(table, "transactioncurrencyid", "TransactionCurrencyId", "transactioncurrency");
            Add(table, "exchangerate", "ExchangeRate", ColumnType.Decimal, min: 0.0000000001m, max: 100000000000m, precision: 10);
            foreach (var money in moneyColumns)
            {
                if (!table.Columns.ContainsKey(money.LogicalName + "_base"))
                {
                    table.AddColumn(money with { LogicalName = money.LogicalName + "_base", SchemaName = money.SchemaName + "_Base", IsImplicit = true, RequiredLevel = RequiredLevel.None });
                }
            }
        }
    }

    /// <summary>Platform lookups an Entity.xml lists get their targets from system relationships exports may leave out.</summary>
    private static void FillPlatformLookupTargets(TableBuilder table)
    {
        foreach (var (column, target) in PlatformLookupTargets)
        {
            if (table.Columns.TryGetValue(column, out var existing) && existing.Type == ColumnType.Lookup && existing.Targets.Count == 0)
            {
                table.AddColumn(existing with { Targets = new[] { target } });
            }
        }
    }

    private static readonly (string Column, string Target)[] PlatformLookupTargets =
    {
        ("createdby", "systemuser"), ("createdonbehalfby", "systemuser"), ("modifiedby", "systemuser"), ("modifiedonbehalfby", "systemuser"),
        ("owninguser", "systemuser"), ("owningteam", "team"), ("owningbusinessunit", "businessunit"), ("organizationid", "organization"),
        ("transactioncurrencyid", "transactioncurrency"),
    };

    /// <summary>Custom tables get the Active/Inactive pair the maker portal creates.</summary>
    private static void AddDefaultState(TableBuilder table)
    {
        if (!table.Columns.ContainsKey("statecode"))
        {
            var states = new[] { new StateOption(0, 1, "Active", "Active"), new StateOption(1, 2, "Inactive", "Inactive") };
            table.AddColumn(Column("statecode", "statecode", ColumnType.State, RequiredLevel.SystemRequired) with
            {
                States = states,
                OptionSet = new OptionSetDefinition($"{table.LogicalName}_statecode", "Status", OptionSetType.State, false, states.Select(s => new OptionValue(s.Value, s.Label)).ToArray()),
            });
        }

        if (!table.Columns.ContainsKey("statuscode"))
        {
            var statuses = new[] { new StatusOption(1, 0, "Active"), new StatusOption(2, 1, "Inactive") };
            table.AddColumn(Column("statuscode", "statuscode", ColumnType.Status, RequiredLevel.None) with
            {
                Statuses = statuses,
                OptionSet = new OptionSetDefinition($"{table.LogicalName}_statuscode", "Status Reason", OptionSetType.Status, false, statuses.Select(s => new OptionValue(s.Value, s.Label)).ToArray()),
            });
        }
    }

    private static void AddDate(TableBuilder table, string name, string schema)
    {
        if (!table.Columns.ContainsKey(name))
        {
            table.AddColumn(Column(name, schema, ColumnType.DateTime, RequiredLevel.None) with { Format = "datetime", DateTimeBehavior = DateTimeBehavior.UserLocal });
        }
    }

    private static void AddLookup(TableBuilder table, string name, string schema, string target)
    {
        if (!table.Columns.ContainsKey(name))
        {
            table.AddColumn(Column(name, schema, ColumnType.Lookup, RequiredLevel.None) with { Targets = new[] { target } });
        }
    }

    private static void Add(TableBuilder table, string name, string schema, ColumnType type, RequiredLevel level = RequiredLevel.None,
        string? format = null, decimal? min = null, decimal? max = null, int? precision = null)
    {
        if (!table.Columns.ContainsKey(name))
        {
            table.AddColumn(Column(name, schema, type, level) with
            {
                Format = format,
                MinValue = min,
                MaxValue = max,
                Precision = precision,
                DateTimeBehavior = type == ColumnType.DateTime ? DateTimeBehavior.UserLocal : null,
            });
        }
    }

    private static ColumnDefinition Column(string name, string schema, ColumnType type, RequiredLevel level) => new()
    {
        LogicalName = name,
        SchemaName = schema,
        Type = type,
        RequiredLevel = level,
        IsImplicit = true,
    };
}
