using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Sdk.Tests;

/// <summary>The collection-initialiser shapes plug-in code uses (sdk-surface.md §12.1) keep compiling and mean the same.</summary>
public class InitialiserSyntaxTests
{
    [Fact]
    public void Query_with_nested_initialisers()
    {
        var query = new QueryExpression("hitl_approval")
        {
            ColumnSet = new ColumnSet("hitl_name", "statecode"),
            Criteria =
            {
                FilterOperator = LogicalOperator.And,
                Conditions = { new ConditionExpression("statecode", ConditionOperator.Equal, 0) },
                Filters = { new FilterExpression(LogicalOperator.Or) { Conditions = { new ConditionExpression("hitl_kind", ConditionOperator.In, 741200000, 741200001) } } },
            },
            Orders = { new OrderExpression("createdon", OrderType.Descending) },
            LinkEntities = { new LinkEntity("hitl_approval", "account", "hitl_accountid", "accountid", JoinOperator.Inner) { EntityAlias = "a" } },
            TopCount = 50,
        };

        Assert.Equal(0, Assert.Single(query.Criteria.Conditions).Values[0]);
        Assert.Equal(new object[] { 741200000, 741200001 }, Assert.Single(query.Criteria.Filters).Conditions[0].Values);
        Assert.Equal("a", Assert.Single(query.LinkEntities).EntityAlias);
        Assert.Single(query.Orders);
    }

    [Fact]
    public void Parameter_and_attribute_collections_with_dictionary_initialisers()
    {
        var target = new Entity("account") { Attributes = { { "name", "Contoso" }, { "revenue", new Money(5m) } } };
        var parameters = new ParameterCollection { { "Target", target } };
        var images = new EntityImageCollection { { "PreImage", target } };
        var keys = new KeyAttributeCollection { { "accountnumber", "A-1" } };
        var entity = new Entity("account") { ["name"] = "Indexer initialiser" };

        Assert.Same(target, parameters["Target"]);
        Assert.Equal(new Money(5m), target["revenue"]);
        Assert.Same(target, images["PreImage"]);
        Assert.Equal("A-1", keys["accountnumber"]);
        Assert.Equal("Indexer initialiser", entity["name"]);
    }

    [Fact]
    public void Entity_reference_collection_initialiser()
    {
        var references = new EntityReferenceCollection { new EntityReference("contact", Guid.NewGuid()), new EntityReference("contact", Guid.NewGuid()) };

        Assert.Equal(2, references.Count);
    }
}
