using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests;

public class ValueEqualityTests
{
    [Fact]
    public void EntityReferences_are_equal_by_id_and_logical_name_ignoring_name_and_row_version()
    {
        var id = Guid.NewGuid();
        var a = new EntityReference("account", id) { Name = "Contoso", RowVersion = "1" };
        var b = new EntityReference("account", id) { Name = "Other", RowVersion = "2" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new EntityReference("contact", id));
        Assert.NotEqual(a, new EntityReference("account", Guid.NewGuid()));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals("account"));
    }

    [Fact]
    public void EntityReference_logical_names_compare_ordinally()
    {
        var id = Guid.NewGuid();

        Assert.NotEqual(new EntityReference("account", id), new EntityReference("Account", id));
    }

    [Fact]
    public void EntityReferences_by_alternate_key_compare_their_key_attributes_in_any_order()
    {
        var first = new EntityReference("account", new KeyAttributeCollection { { "a", 1 }, { "b", "x" } });
        var second = new EntityReference("account", new KeyAttributeCollection { { "b", "x" }, { "a", 1 } });

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, new EntityReference("account", "a", 1));
        Assert.NotEqual(first, new EntityReference("account", new KeyAttributeCollection { { "a", 2 }, { "b", "x" } }));
    }

    [Fact]
    public void EntityReference_works_as_a_dictionary_key()
    {
        var id = Guid.NewGuid();
        var seen = new HashSet<EntityReference> { new EntityReference("account", id) };

        Assert.Contains(new EntityReference("account", id) { Name = "loaded later" }, seen);
    }

    [Fact]
    public void Money_and_OptionSetValue_have_value_equality()
    {
        Assert.Equal(new Money(10.5m), new Money(10.50m));
        Assert.Equal(new Money(10.5m).GetHashCode(), new Money(10.50m).GetHashCode());
        Assert.NotEqual(new Money(1m), new Money(2m));
        Assert.Equal(new OptionSetValue(741200000), new OptionSetValue(741200000));
        Assert.Equal(new OptionSetValue(741200000).GetHashCode(), new OptionSetValue(741200000).GetHashCode());
        Assert.NotEqual(new OptionSetValue(741200000), new OptionSetValue(741200001));
        Assert.False(new OptionSetValue(1).Equals(new Money(1m)));
        Assert.Equal(0, new OptionSetValue().Value);
        Assert.Equal(0m, new Money().Value);
    }

    [Fact]
    public void Relationships_are_equal_by_schema_name_and_role()
    {
        var plain = new Relationship("account_parent_account");
        var referenced = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.Equal(plain, new Relationship("account_parent_account"));
        Assert.Equal(plain.GetHashCode(), new Relationship("account_parent_account").GetHashCode());
        Assert.NotEqual(plain, referenced);
        Assert.Equal(referenced, new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced });
        Assert.NotEqual(plain, new Relationship("Account_Parent_Account"));
        Assert.Equal(new Relationship(), new Relationship());
    }

    [Fact]
    public void Relationship_ToString_shows_schema_name_and_role()
    {
        Assert.Equal("account_parent_account.Referenced", new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced }.ToString());
        Assert.Equal("hitl_approval_account.", new Relationship("hitl_approval_account").ToString());
    }

    [Fact]
    public void AliasedValue_carries_its_source()
    {
        var value = new AliasedValue("contact", "fullname", "Ada");

        Assert.Equal(("contact", "fullname", (object)"Ada"), (value.EntityLogicalName, value.AttributeLogicalName, value.Value));
    }
}
