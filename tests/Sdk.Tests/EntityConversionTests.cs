using Hitl.Sdk.Tests.TestDoubles;
using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests;

public class EntityConversionTests
{
    [Fact]
    public void ToEntity_of_Entity_is_a_shallow_copy_sharing_the_collections()
    {
        var source = new Entity("account", Guid.NewGuid()) { ["name"] = "Contoso", RowVersion = "7", EntityState = EntityState.Changed };

        Entity copy = source.ToEntity<Entity>();
        copy["name"] = "Changed through the copy";

        Assert.NotSame(source, copy);
        Assert.Equal((source.LogicalName, source.Id, "7", EntityState.Changed), (copy.LogicalName, copy.Id, copy.RowVersion, copy.EntityState));
        Assert.Same(source.Attributes, copy.Attributes);
        Assert.Same(source.FormattedValues, copy.FormattedValues);
        Assert.Same(source.KeyAttributes, copy.KeyAttributes);
        Assert.Equal("Changed through the copy", source["name"]);
    }

    [Fact]
    public void ToEntity_of_an_early_bound_type_copies_into_that_type()
    {
        var id = Guid.NewGuid();
        var source = new Entity("account", id) { ["name"] = "Contoso" };

        Account account = source.ToEntity<Account>();

        Assert.Equal(id, account.Id);
        Assert.Equal("Contoso", account.Name);
        Assert.Same(source.Attributes, account.Attributes);
    }

    [Fact]
    public void ToEntity_refuses_a_blank_logical_name_a_missing_attribute_and_a_different_table()
    {
        var blank = Assert.Throws<NotSupportedException>(() => new Entity().ToEntity<Account>());
        var unmapped = Assert.Throws<NotSupportedException>(() => new Entity("account").ToEntity<Unmapped>());
        var mismatch = Assert.Throws<NotSupportedException>(() => new Entity("contact").ToEntity<Account>());

        Assert.Contains("LogicalName", blank.Message);
        Assert.Contains("EntityLogicalNameAttribute", unmapped.Message);
        Assert.Contains("contact", mismatch.Message);
        Assert.Contains("account", mismatch.Message);
    }

    [Fact]
    public void ToEntityReference_copies_logical_name_id_and_row_version_only()
    {
        var entity = new Entity("account", Guid.NewGuid()) { RowVersion = "123", ["name"] = "Contoso" };
        entity.KeyAttributes.Add("accountnumber", "A-1");

        EntityReference reference = entity.ToEntityReference();

        Assert.Equal(("account", entity.Id, "123"), (reference.LogicalName, reference.Id, reference.RowVersion));
        Assert.Null(reference.Name);
        Assert.Empty(reference.KeyAttributes);
    }

    [Fact]
    public void Related_entity_helpers_store_rows_under_the_relationship_key()
    {
        var contact = new Contact { Id = Guid.NewGuid() };
        var account = new Account { PrimaryContact = contact };

        Assert.Same(contact, account.PrimaryContact);
        EntityCollection stored = account.RelatedEntities[new Relationship("account_primary_contact")];
        Assert.Equal("contact", stored.EntityName);

        account.PrimaryContact = null;
        Assert.Null(account.PrimaryContact);
        Assert.Empty(account.RelatedEntities);
    }

    [Fact]
    public void Related_entities_keep_the_primary_entity_role_in_the_key()
    {
        var child = new Account { Id = Guid.NewGuid() };
        var account = new Account { ChildAccounts = new[] { child }, Contacts = new[] { new Contact(), new Contact() } };

        Assert.Same(child, Assert.Single(account.ChildAccounts!));
        Assert.Equal(2, account.Contacts!.Count());
        Assert.True(account.RelatedEntities.Contains(new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced }));
        Assert.False(account.RelatedEntities.Contains(new Relationship("account_parent_account")));
    }

    [Fact]
    public void Related_entities_without_a_logical_name_are_rejected()
    {
        var account = new Account();
        var nameless = new Contact { LogicalName = null! };

        var single = Assert.Throws<ArgumentException>(() => account.PrimaryContact = nameless);
        var many = Assert.Throws<ArgumentException>(() => account.Contacts = new[] { nameless });

        Assert.Contains("LogicalName", single.Message);
        Assert.Contains("LogicalName", many.Message);
    }
}
