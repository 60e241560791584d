namespace Hitl.Solution.ModelTests;

/// <summary>
/// A documented sample of the system tables' standard columns, checked against Microsoft's table reference:
/// learn.microsoft.com/dynamics365/sales/developer/entities/opportunityclose (OpportunityClose),
/// learn.microsoft.com/dynamics365/sales/developer/entities/opportunity (Opportunity),
/// learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activityparty (ActivityParty),
/// learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email (Email).
/// Each expected value below is the one those pages list; a change to SystemTables.xml that drifts from them fails here.
/// </summary>
public class StandardTableMetadataTests(LoadedFixture fixture) : IClassFixture<LoadedFixture>
{
    private readonly SolutionModel _model = fixture.Model;

    [Theory]
    [InlineData("opportunityclose", "subject", "Subject", ColumnType.String, 200)]
    [InlineData("opportunityclose", "description", "Description", ColumnType.Memo, 2000)]
    [InlineData("opportunityclose", "category", "Category", ColumnType.String, 250)]
    [InlineData("activityparty", "addressused", "AddressUsed", ColumnType.String, 320)]
    [InlineData("activityparty", "unresolvedpartyname", "UnresolvedPartyName", ColumnType.String, 200)]
    [InlineData("email", "trackingtoken", "TrackingToken", ColumnType.String, 50)]
    [InlineData("email", "torecipients", "ToRecipients", ColumnType.String, 500)]
    [InlineData("email", "inreplyto", "InReplyTo", ColumnType.String, 320)]
    [InlineData("email", "subcategory", "Subcategory", ColumnType.String, 250)]
    public void Text_columns_have_the_reference_schema_name_type_and_length(string table, string column, string schemaName, ColumnType type, int maxLength)
    {
        var definition = _model.Table(table).Column(column);

        Assert.Equal((schemaName, type, maxLength), (definition.SchemaName, definition.Type, definition.MaxLength));
    }

    [Theory]
    [InlineData("opportunityclose", "actualrevenue", ColumnType.Money, "-922337203685477", "922337203685477", 2)]
    [InlineData("opportunity", "closeprobability", ColumnType.Integer, "0", "100", null)]
    [InlineData("opportunity", "budgetamount", ColumnType.Money, "0", "1000000000000", 2)]
    [InlineData("activityparty", "effort", ColumnType.Double, "0", "1000000000", 2)]
    [InlineData("activityparty", "addressusedemailcolumnnumber", ColumnType.Integer, "1", "2147483647", null)]
    [InlineData("email", "attachmentcount", ColumnType.Integer, "0", "2147483647", null)]
    public void Numeric_columns_have_the_reference_range_and_precision(string table, string column, ColumnType type, string min, string max, int? precision)
    {
        var definition = _model.Table(table).Column(column);

        Assert.Equal((type, decimal.Parse(min), decimal.Parse(max), precision), (definition.Type, definition.MinValue, definition.MaxValue, definition.Precision));
    }

    [Fact]
    public void Opportunity_close_states_and_status_reasons_match_the_reference()
    {
        var table = _model.Table("opportunityclose");

        Assert.Equal(new[] { new StateOption(0, 1, "Open", "Open"), new StateOption(1, 2, "Completed", "Completed"), new StateOption(2, 3, "Canceled", "Canceled") }, table.States);
        Assert.Equal(new[] { new StatusOption(1, 0, "Open"), new StatusOption(2, 1, "Completed"), new StatusOption(3, 2, "Canceled") }, table.Statuses);
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, table.Column("opportunitystatuscode").OptionSet!.Values);
    }

    [Fact]
    public void Email_status_reasons_belong_to_the_reference_states()
    {
        var email = _model.Table("email");

        Assert.Equal(new[] { (0, 1), (1, 2), (2, 5) }, email.States.Select(s => (s.Value, s.DefaultStatus)));
        var stateOf = email.Statuses.ToDictionary(s => s.Label, s => (s.Value, s.State));
        Assert.Equal((1, 0), stateOf["Draft"]);
        Assert.Equal((8, 0), stateOf["Failed"]);
        Assert.Equal((3, 1), stateOf["Sent"]);
        Assert.Equal((6, 1), stateOf["Pending Send"]);
        Assert.Equal((7, 1), stateOf["Sending"]);
        Assert.Equal((5, 2), stateOf["Canceled"]);
    }

    [Fact]
    public void Activity_party_participation_types_are_the_reference_choices()
    {
        var mask = _model.Table("activityparty").Column("participationtypemask");

        Assert.Equal((ColumnType.Picklist, RequiredLevel.SystemRequired), (mask.Type, mask.RequiredLevel));
        Assert.Equal(Enumerable.Range(1, 12), mask.OptionSet!.Values);
        Assert.Equal("Sender", mask.OptionSet.LabelOf(1));
        Assert.Equal("To Recipient", mask.OptionSet.LabelOf(2));
        Assert.Equal("BCC Recipient", mask.OptionSet.LabelOf(4));
    }

    [Fact]
    public void Polymorphic_lookups_and_party_lists_carry_the_reference_targets()
    {
        Assert.Equal(new[] { "account", "contact" }, _model.Table("opportunity").Column("customerid").Targets);
        Assert.Equal(RequiredLevel.ApplicationRequired, _model.Table("opportunity").Column("customerid").RequiredLevel);
        Assert.Equal(RequiredLevel.ApplicationRequired, _model.Table("opportunityclose").Column("opportunityid").RequiredLevel);
        Assert.Equal(new[] { "competitor" }, _model.Table("opportunityclose").Column("competitorid").Targets);
        var to = _model.Table("email").Column("to");
        Assert.Equal(ColumnType.PartyList, to.Type);
        Assert.Equal(new[] { "account", "contact", "entitlement", "equipment", "knowledgearticle", "lead", "queue", "systemuser", "unresolvedaddress" }, to.Targets);
        Assert.Equal(new[] { "account", "contact", "equipment", "lead", "queue", "systemuser" }, _model.Table("email").Column("emailsender").Targets);
    }

    [Fact]
    public void Activity_party_has_no_owner_or_audit_columns()
    {
        var party = _model.Table("activityparty");

        Assert.Equal((OwnershipType.None, "activitypartyid", "partyidname"), (party.Ownership, party.PrimaryIdAttribute, party.PrimaryNameAttribute));
        Assert.True(party.HasColumn("versionnumber"));
        Assert.False(party.HasColumn("createdon"));
        Assert.False(party.HasColumn("ownerid"));
        Assert.Equal(new[] { "RetrieveMultiple" }, party.SupportedMessages);
    }

    [Theory]
    [InlineData("opportunity", "Win")]
    [InlineData("opportunity", "Lose")]
    [InlineData("lead", "QualifyLead")]
    [InlineData("email", "Send")]
    [InlineData("list", "AddMember")]
    [InlineData("list", "AddListMembers")]
    [InlineData("list", "RemoveMember")]
    public void Sales_tables_accept_steps_on_their_platform_messages(string table, string message) =>
        Assert.True(_model.Table(table).SupportsMessage(message));

    [Fact]
    public void Lead_states_group_their_status_reasons()
    {
        var lead = _model.Table("lead");

        Assert.Equal(new[] { "Open", "Qualified", "Disqualified" }, lead.States.Select(s => s.InvariantName));
        Assert.Equal(new[] { 1, 2 }, lead.Statuses.Where(s => s.State == 0).Select(s => s.Value));
        Assert.Equal(new[] { 3 }, lead.Statuses.Where(s => s.State == 1).Select(s => s.Value));
        Assert.Equal(new[] { 4, 5, 6, 7 }, lead.Statuses.Where(s => s.State == 2).Select(s => s.Value));
    }
}
