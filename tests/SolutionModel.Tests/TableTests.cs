namespace Hitl.Solution.ModelTests;

public class TableTests(LoadedFixture fixture) : IClassFixture<LoadedFixture>
{
    private readonly SolutionModel _model = fixture.Model;

    private TableDefinition Project => _model.Table("fx_project");

    [Fact]
    public void Custom_table_metadata_is_read_from_entity_xml()
    {
        var project = _model.Table("FX_PROJECT");
        Assert.Equal("fx_Project", project.SchemaName);
        Assert.Equal("fx_projects", project.EntitySetName);
        Assert.Equal("Project", project.DisplayName);
        Assert.Equal("Projects", project.DisplayCollectionName);
        Assert.Equal(OwnershipType.UserOwned, project.Ownership);
        Assert.Equal("fx_projectid", project.PrimaryIdAttribute);
        Assert.Equal("fx_name", project.PrimaryNameAttribute);
        Assert.True(project.IsCustom);
        Assert.False(project.IsActivity);
        Assert.Equal("Entities/fx_Project/Entity.xml", project.SourceFile);
    }

    [Fact]
    public void Typed_columns_keep_their_type_specific_settings()
    {
        var name = Project.Column("fx_name");
        Assert.Equal((ColumnType.String, 200, RequiredLevel.ApplicationRequired, "fx_Name", "Name"), (name.Type, name.MaxLength, name.RequiredLevel, name.SchemaName, name.DisplayName));
        Assert.Equal((ColumnType.Memo, 4000), (Project.Column("fx_notes").Type, Project.Column("fx_notes").MaxLength));
        var hours = Project.Column("fx_hours");
        Assert.Equal((ColumnType.Integer, 0m, 1000m), (hours.Type, hours.MinValue, hours.MaxValue));
        var confidence = Project.Column("fx_confidence");
        Assert.Equal((ColumnType.Decimal, 4, 1m), (confidence.Type, confidence.Precision, confidence.MaxValue));
        Assert.Equal((ColumnType.Money, 2), (Project.Column("fx_budget").Type, Project.Column("fx_budget").Precision));
        var due = Project.Column("fx_duedate");
        Assert.Equal((ColumnType.DateTime, "date", DateTimeBehavior.TimeZoneIndependent), (due.Type, due.Format, due.DateTimeBehavior));
        Assert.True(name.IsCustom);
        Assert.False(name.IsImplicit);
    }

    [Fact]
    public void Global_option_set_is_resolved_for_a_picklist()
    {
        var priority = Project.Column("fx_priority");
        Assert.Equal(ColumnType.Picklist, priority.Type);
        Assert.Same(_model.OptionSets["fx_priority"], priority.OptionSet);
        Assert.Equal("High", priority.OptionSet!.LabelOf(123450001));
        Assert.Equal(123450000, priority.DefaultValue);
        Assert.True(priority.OptionSet.IsGlobal);
        Assert.Equal("Priority", priority.OptionSet.DisplayName);
    }

    [Fact]
    public void Local_option_sets_of_picklist_and_bit_are_read_inline()
    {
        var phase = Project.Column("fx_phase");
        Assert.False(phase.OptionSet!.IsGlobal);
        Assert.Equal(new[] { 123450000, 123450001 }, phase.OptionSet.Values);
        Assert.Equal(123450001, phase.OptionSet.ValueOf("build"));
        Assert.Null(phase.DefaultValue);

        var billable = Project.Column("fx_isbillable");
        Assert.Equal(ColumnType.Boolean, billable.Type);
        Assert.Equal(OptionSetType.Boolean, billable.OptionSet!.Type);
        Assert.Equal("Yes", billable.OptionSet.LabelOf(1));
        Assert.Equal(1, billable.DefaultValue);
    }

    [Fact]
    public void State_and_status_definitions_are_read()
    {
        Assert.Equal(new[] { new StateOption(0, 1, "Active", "Active"), new StateOption(1, 2, "Inactive", "Inactive") }, Project.States);
        Assert.Contains(new StatusOption(123450000, 0, "On hold"), Project.Statuses);
        Assert.Equal(3, Project.Statuses.Count);
    }

    [Fact]
    public void Lookup_targets_come_from_relationships_and_owner_targets_users_and_teams()
    {
        Assert.Equal(new[] { "lead" }, Project.Column("fx_leadid").Targets);
        Assert.Equal(new[] { "systemuser", "team" }, Project.Column("ownerid").Targets);
        Assert.Equal(new[] { "account", "contact" }, _model.Table("lead").Column("customerid").Targets);
    }

    [Theory]
    [InlineData("createdon", ColumnType.DateTime)]
    [InlineData("createdby", ColumnType.Lookup)]
    [InlineData("modifiedon", ColumnType.DateTime)]
    [InlineData("modifiedby", ColumnType.Lookup)]
    [InlineData("ownerid", ColumnType.Owner)]
    [InlineData("owningbusinessunit", ColumnType.Lookup)]
    [InlineData("owninguser", ColumnType.Lookup)]
    [InlineData("owningteam", ColumnType.Lookup)]
    [InlineData("versionnumber", ColumnType.BigInt)]
    [InlineData("overriddencreatedon", ColumnType.DateTime)]
    [InlineData("importsequencenumber", ColumnType.Integer)]
    [InlineData("timezoneruleversionnumber", ColumnType.Integer)]
    [InlineData("utcconversiontimezonecode", ColumnType.Integer)]
    [InlineData("transactioncurrencyid", ColumnType.Lookup)]
    [InlineData("exchangerate", ColumnType.Decimal)]
    [InlineData("fx_budget_base", ColumnType.Money)]
    public void System_columns_omitted_by_entity_xml_are_in_the_model(string column, ColumnType type)
    {
        var definition = Project.Column(column);
        Assert.Equal(type, definition.Type);
        Assert.True(definition.IsImplicit);
    }

    [Fact]
    public void Custom_table_supports_the_standard_messages()
    {
        foreach (var message in new[] { "Create", "Update", "Delete", "Retrieve", "RetrieveMultiple", "Assign", "SetState" })
        {
            Assert.True(Project.SupportsMessage(message), message);
        }

        Assert.False(Project.SupportsMessage("QualifyLead"));
        Assert.False(Project.SupportsMessage("Merge"));
    }

    [Fact]
    public void Columns_added_to_a_system_table_merge_into_its_metadata()
    {
        var lead = _model.Table("lead");
        Assert.False(lead.IsCustom);
        Assert.Equal("Entities/Lead/Entity.xml", lead.SourceFile);
        Assert.Equal((ColumnType.Integer, 100m), (lead.Column("fx_score").Type, lead.Column("fx_score").MaxValue));
        Assert.Equal("fullname", lead.PrimaryNameAttribute);
        Assert.Equal("leads", lead.EntitySetName);
        Assert.True(lead.HasColumn("emailaddress1"));
        Assert.True(lead.SupportsMessage("QualifyLead"));
        Assert.Equal(new[] { "Open", "Qualified", "Disqualified" }, lead.States.Select(s => s.InvariantName));
    }

    [Fact]
    public void System_tables_the_product_uses_are_present_with_their_columns()
    {
        var opportunity = _model.Table("opportunity");
        Assert.Equal(new[] { (0, 1), (1, 3), (2, 4) }, opportunity.States.Select(s => (s.Value, s.DefaultStatus)));
        Assert.True(opportunity.SupportsMessage("Win"));
        Assert.Equal(ColumnType.Money, opportunity.Column("estimatedvalue").Type);

        var user = _model.Table("systemuser");
        Assert.Equal(OwnershipType.BusinessOwned, user.Ownership);
        Assert.Equal(new[] { "systemuser" }, user.Column("parentsystemuserid").Targets);
        Assert.Equal(ColumnType.Boolean, user.Column("isdisabled").Type);
        Assert.True(user.HasColumn("internalemailaddress") && user.HasColumn("domainname") && user.HasColumn("businessunitid"));

        Assert.Equal("Owner", _model.Table("team").Column("teamtype").OptionSet!.LabelOf(0));
        Assert.True(_model.Table("teammembership").IsIntersect);
        Assert.False(_model.Table("teammembership").HasColumn("createdon"));
        Assert.Equal("Failed", _model.Table("asyncoperation").Column("statuscode").OptionSet!.LabelOf(31));
        Assert.Equal("JSON", _model.Table("environmentvariabledefinition").Column("type").OptionSet!.LabelOf(100000003));
        Assert.True(_model.Table("email").IsActivity);
        Assert.True(_model.Table("list").SupportsMessage("AddListMembers"));
        Assert.Equal(new[] { "account", "contact", "lead" }, _model.Table("listmember").Column("entityid").Targets);
    }

    [Fact]
    public void Many_to_many_relationship_adds_its_intersect_table()
    {
        var relationship = Assert.Single(_model.Relationships.OfType<ManyToManyRelationship>());
        Assert.Equal(("fx_project", "contact", "fx_project_contact"), (relationship.FirstEntity, relationship.SecondEntity, relationship.IntersectEntity));
        var intersect = _model.Table("fx_project_contact");
        Assert.True(intersect.IsIntersect);
        Assert.Equal(ColumnType.Uniqueidentifier, intersect.Column("contactid").Type);

        var oneToMany = Assert.Single(_model.Relationships.OfType<OneToManyRelationship>());
        Assert.Equal(("lead", "fx_project", "fx_leadid", "RemoveLink"), (oneToMany.ReferencedEntity, oneToMany.ReferencingEntity, oneToMany.ReferencingAttribute, oneToMany.CascadeDelete));
        Assert.Equal("Other/Relationships/Lead.xml", oneToMany.SourceFile);
    }

    [Fact]
    public void Unknown_table_and_column_lookups_name_what_is_missing()
    {
        Assert.Contains("fx_nothing", Assert.Throws<KeyNotFoundException>(() => _model.Table("fx_nothing")).Message);
        var ex = Assert.Throws<KeyNotFoundException>(() => Project.Column("fx_nothing"));
        Assert.Contains("fx_project", ex.Message);
        Assert.Contains("fx_nothing", ex.Message);
    }
}
