using Hitl.Sdk.Tests.TestDoubles;
using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests;

public class EntityAttributeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void GetAttributeValue_with_a_blank_name_throws_ArgumentNullException(string? name)
    {
        var entity = new Entity("account");

        var ex = Assert.Throws<ArgumentNullException>(() => entity.GetAttributeValue<string>(name!));
        Assert.Equal("attributeLogicalName", ex.ParamName);
    }

    [Fact]
    public void GetAttributeValue_returns_default_when_absent_or_null()
    {
        var entity = new Entity("account") { ["name"] = null };

        Assert.Null(entity.GetAttributeValue<string>("name"));
        Assert.Null(entity.GetAttributeValue<string>("missing"));
        Assert.Equal(0, entity.GetAttributeValue<int>("missing"));
        Assert.Equal(Guid.Empty, entity.GetAttributeValue<Guid>("name"));
        Assert.Null(entity.GetAttributeValue<int?>("missing"));
    }

    [Fact]
    public void GetAttributeValue_is_a_plain_cast()
    {
        var entity = new Entity("account") { ["count"] = 5, ["big"] = 5L, ["name"] = "Contoso" };

        Assert.Equal(5, entity.GetAttributeValue<int>("count"));
        Assert.Equal(5, entity.GetAttributeValue<int?>("count"));
        Assert.Equal((object)5, entity.GetAttributeValue<object>("count"));
        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<int>("big"));
        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<int>("name"));
    }

    [Fact]
    public void GetAttributeValue_does_not_unwrap_an_AliasedValue()
    {
        var aliased = new AliasedValue("contact", "fullname", "Ada Lovelace");
        var entity = new Entity("account") { ["c.fullname"] = aliased };

        Assert.Same(aliased, entity.GetAttributeValue<AliasedValue>("c.fullname"));
        Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<string>("c.fullname"));
    }

    [Fact]
    public void TryGetAttributeValue_returns_false_without_throwing_for_absent_null_blank_and_unconvertible()
    {
        var entity = new Entity("account") { ["nothing"] = null, ["name"] = "Contoso" };

        Assert.False(entity.TryGetAttributeValue("missing", out string? missing));
        Assert.Null(missing);
        Assert.False(entity.TryGetAttributeValue("nothing", out string? _));
        Assert.False(entity.TryGetAttributeValue("", out string? _));
        Assert.False(entity.TryGetAttributeValue(null!, out string? _));
        Assert.False(entity.TryGetAttributeValue("name", out int number));
        Assert.Equal(0, number);
        Assert.False(entity.TryGetAttributeValue("name", out Money? _));
    }

    [Fact]
    public void TryGetAttributeValue_returns_values_of_the_requested_type_and_converts_through_TypeConverter()
    {
        var id = Guid.NewGuid();
        var entity = new Entity("account") { ["name"] = "Contoso", ["count"] = "42", ["key"] = id.ToString() };

        Assert.True(entity.TryGetAttributeValue("name", out string? name));
        Assert.Equal("Contoso", name);
        Assert.True(entity.TryGetAttributeValue("count", out int count));
        Assert.Equal(42, count);
        Assert.True(entity.TryGetAttributeValue("key", out Guid parsed));
        Assert.Equal(id, parsed);
    }

    [Fact]
    public void Indexer_get_of_a_missing_column_throws_KeyNotFoundException_and_set_adds_or_replaces()
    {
        var entity = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => entity["name"]);
        entity["name"] = "A";
        entity["name"] = "B";

        Assert.Equal("B", entity["name"]);
        Assert.Same(entity.Attributes["name"], entity["name"]);
        Assert.Single(entity.Attributes);
    }

    [Fact]
    public void Contains_reports_columns_present_even_when_null_and_is_case_sensitive()
    {
        var entity = new Entity("account") { ["name"] = null };

        Assert.True(entity.Contains("name"));
        Assert.False(entity.Contains("Name"));
        Assert.False(entity.Contains("missing"));
    }

    [Fact]
    public void Id_does_not_touch_the_primary_key_column_on_a_late_bound_entity()
    {
        var entity = new Entity("account") { Id = Guid.NewGuid() };

        Assert.False(entity.Contains("accountid"));
    }

    [Fact]
    public void Early_bound_properties_go_through_the_protected_attribute_accessors()
    {
        var id = Guid.NewGuid();
        var account = new Account { Id = id, Name = "Contoso" };
        account.FormattedValues.Add("industrycode", "Consulting");

        Assert.Equal("Contoso", account["name"]);
        Assert.Equal(id, account["accountid"]);
        Assert.Equal("Consulting", account.FormattedIndustry);
        Assert.Throws<ArgumentNullException>(() => account.Set(" ", 1));
    }

    [Fact]
    public void Collections_are_created_lazily_and_never_null()
    {
        var entity = new Entity();

        Assert.Null(entity.LogicalName);
        Assert.Empty(entity.Attributes);
        Assert.Empty(entity.FormattedValues);
        Assert.Empty(entity.RelatedEntities);
        Assert.Empty(entity.KeyAttributes);
        Assert.Same(entity.Attributes, entity.Attributes);

        entity.Attributes = null!;
        entity.KeyAttributes = null!;
        Assert.NotNull(entity.Attributes);
        Assert.NotNull(entity.KeyAttributes);
    }

    [Fact]
    public void Constructors_set_name_id_and_alternate_keys()
    {
        var id = Guid.NewGuid();
        var keys = new KeyAttributeCollection { { "accountnumber", "A-1" } };

        Assert.Equal(("account", id), (new Entity("account", id).LogicalName, new Entity("account", id).Id));
        Assert.Equal("A-1", new Entity("account", "accountnumber", "A-1").KeyAttributes["accountnumber"]);
        Assert.Same(keys, new Entity("account", keys).KeyAttributes);
        Assert.Equal(Guid.Empty, new Entity("account", keys).Id);
    }
}
