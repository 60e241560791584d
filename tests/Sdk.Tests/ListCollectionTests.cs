using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests;

public class ListCollectionTests
{
    [Fact]
    public void EntityCollection_indexer_reads_and_writes_Entities_and_throws_out_of_range()
    {
        var first = new Entity("account");
        var collection = new EntityCollection(new List<Entity> { first });

        Assert.Same(first, collection[0]);
        var replacement = new Entity("account");
        collection[0] = replacement;
        Assert.Same(replacement, collection.Entities[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => collection[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => collection.Entities[-1]);
    }

    [Fact]
    public void EntityCollection_wraps_the_list_it_is_given_and_creates_one_lazily_otherwise()
    {
        var list = new List<Entity>();
        var wrapping = new EntityCollection(list);
        wrapping.Entities.Add(new Entity("account"));

        Assert.Single(list);
        Assert.Empty(new EntityCollection().Entities);
        Assert.Equal((false, 0, null, null), (new EntityCollection().MoreRecords, new EntityCollection().TotalRecordCount, new EntityCollection().PagingCookie, new EntityCollection().EntityName));
    }

    [Fact]
    public void DataCollection_AddRange_and_ToArray()
    {
        var references = new EntityReferenceCollection();
        var a = new EntityReference("account", Guid.NewGuid());
        var b = new EntityReference("contact", Guid.NewGuid());

        references.AddRange(a, b);
        references.AddRange(new List<EntityReference> { a });
        references.AddRange((IEnumerable<EntityReference>)null!);

        Assert.Equal(new[] { a, b, a }, references.ToArray());
        Assert.NotSame(references.ToArray(), references.ToArray());
    }

    [Fact]
    public void OptionSetValueCollection_holds_multi_select_values()
    {
        var values = new OptionSetValueCollection(new List<OptionSetValue> { new(741200000) }) { new OptionSetValue(741200001) };

        Assert.Equal(new[] { 741200000, 741200001 }, values.Select(v => v.Value));
        Assert.Contains(new OptionSetValue(741200001), values);
    }
}
