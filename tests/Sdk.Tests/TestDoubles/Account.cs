using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace Hitl.Sdk.Tests.TestDoubles;

/// <summary>An early-bound class shaped like the ones pac modelbuilder generates.</summary>
[EntityLogicalName(EntityLogicalName)]
public sealed class Account : Entity
{
    public const string EntityLogicalName = "account";

    public Account()
        : base(EntityLogicalName)
    {
    }

    [AttributeLogicalName("accountid")]
    public override Guid Id
    {
        get => base.Id;
        set
        {
            base.Id = value;
            SetAttributeValue("accountid", value);
        }
    }

    [AttributeLogicalName("name")]
    public string? Name
    {
        get => GetAttributeValue<string>("name");
        set => SetAttributeValue("name", value);
    }

    public string? FormattedIndustry => GetFormattedAttributeValue("industrycode");

    [RelationshipSchemaName("account_primary_contact")]
    public Contact? PrimaryContact
    {
        get => GetRelatedEntity<Contact>("account_primary_contact", null);
        set => SetRelatedEntity("account_primary_contact", null, value);
    }

    [RelationshipSchemaName("contact_customer_accounts")]
    public IEnumerable<Contact>? Contacts
    {
        get => GetRelatedEntities<Contact>("contact_customer_accounts", null);
        set => SetRelatedEntities("contact_customer_accounts", null, value);
    }

    [RelationshipSchemaName("account_parent_account", EntityRole.Referenced)]
    public IEnumerable<Account>? ChildAccounts
    {
        get => GetRelatedEntities<Account>("account_parent_account", EntityRole.Referenced);
        set => SetRelatedEntities("account_parent_account", EntityRole.Referenced, value);
    }

    /// <summary>Exposes the protected setter for blank-name checks.</summary>
    public void Set(string attributeLogicalName, object? value) => SetAttributeValue(attributeLogicalName, value);
}

[EntityLogicalName("contact")]
public sealed class Contact : Entity
{
    public Contact()
        : base("contact")
    {
    }
}

/// <summary>An Entity subclass without [EntityLogicalName]: ToEntity must refuse it.</summary>
public sealed class Unmapped : Entity
{
}
