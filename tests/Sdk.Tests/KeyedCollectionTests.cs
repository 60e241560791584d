using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Sdk.Tests;

public class KeyedCollectionTests
{
    public static TheoryData<string> KeyedCollections => new()
    {
        nameof(AttributeCollection), nameof(ParameterCollection), nameof(EntityImageCollection), nameof(FormattedValueCollection),
        nameof(KeyAttributeCollection), nameof(RelatedEntityCollection), nameof(ErrorDetailCollection), nameof(RelationshipQueryCollection),
    };

    [Theory]
    [MemberData(nameof(KeyedCollections))]
    public void Indexer_of_a_missing_key_throws_KeyNotFoundException(string collection)
    {
        Action read = collection switch
        {
            nameof(AttributeCollection) => () => _ = new AttributeCollection()["x"],
            nameof(ParameterCollection) => () => _ = new ParameterCollection()["Target"],
            nameof(EntityImageCollection) => () => _ = new EntityImageCollection()["PreImage"],
            nameof(FormattedValueCollection) => () => _ = new FormattedValueCollection()["x"],
            nameof(KeyAttributeCollection) => () => _ = new KeyAttributeCollection()["x"],
            nameof(RelatedEntityCollection) => () => _ = new RelatedEntityCollection()[new Relationship("r")],
            nameof(ErrorDetailCollection) => () => _ = new ErrorDetailCollection()["x"],
            _ => () => _ = new RelationshipQueryCollection()[new Relationship("r")],
        };

        Assert.Throws<KeyNotFoundException>(read);
    }

    [Fact]
    public void Add_of_an_existing_key_throws_ArgumentException_while_the_indexer_replaces()
    {
        var attributes = new AttributeCollection { { "name", "A" } };

        Assert.Throws<ArgumentException>(() => attributes.Add("name", "B"));
        Assert.Throws<ArgumentException>(() => attributes.Add(new KeyValuePair<string, object>("name", "B")));
        attributes["name"] = "C";
        Assert.Equal("C", attributes["name"]);
    }

    [Fact]
    public void Keys_are_case_sensitive()
    {
        var attributes = new AttributeCollection { { "name", "A" } };

        Assert.False(attributes.Contains("Name"));
        Assert.False(attributes.ContainsKey("NAME"));
        attributes.Add("Name", "B");
        Assert.Equal(2, attributes.Count);
    }

    [Fact]
    public void Dictionary_members_behave_like_a_dictionary()
    {
        var values = new ParameterCollection { { "a", 1 }, { "b", 2 } };
        values.AddRange(new KeyValuePair<string, object>("c", 3), new KeyValuePair<string, object>("d", 4));
        values.AddRange((IEnumerable<KeyValuePair<string, object>>)null!);

        Assert.Equal(new[] { "a", "b", "c", "d" }, values.Keys.OrderBy(k => k));
        Assert.Equal(10, values.Values.Cast<int>().Sum());
        Assert.True(values.Contains(new KeyValuePair<string, object>("a", 1)));
        Assert.False(values.Contains(new KeyValuePair<string, object>("a", 2)));
        Assert.True(values.TryGetValue("b", out object two));
        Assert.Equal(2, two);
        Assert.True(values.Remove("a"));
        Assert.False(values.Remove("a"));
        Assert.True(values.Remove(new KeyValuePair<string, object>("b", 2)));
        var copy = new KeyValuePair<string, object>[2];
        values.CopyTo(copy, 0);
        Assert.Equal(new[] { "c", "d" }, copy.Select(p => p.Key).OrderBy(k => k));
        values.Clear();
        Assert.Empty(values);
    }

    [Fact]
    public void Read_only_collections_reject_every_mutator_with_InvalidOperationException()
    {
        var related = new RelatedEntityCollection { { new Relationship("r"), new EntityCollection() } };
        MakeReadOnly(related);
        var key = new Relationship("other");
        var pair = new KeyValuePair<Relationship, EntityCollection>(key, new EntityCollection());

        Assert.True(related.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => related.Add(key, new EntityCollection()));
        Assert.Throws<InvalidOperationException>(() => related.Add(pair));
        Assert.Throws<InvalidOperationException>(() => related.AddRange(pair));
        Assert.Throws<InvalidOperationException>(() => related[key] = new EntityCollection());
        Assert.Throws<InvalidOperationException>(() => related.Remove(new Relationship("r")));
        Assert.Throws<InvalidOperationException>(() => related.Remove(pair));
        var ex = Assert.Throws<InvalidOperationException>(() => related.Clear());
        Assert.Equal("The collection is read-only.", ex.Message);
        Assert.Single(related);
    }

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_is_false_when_missing_or_of_another_type()
    {
        var parameters = new ParameterCollection { { "Target", new Entity("account") }, { "Count", 3 } };

        Assert.True(parameters.TryGetValue("Target", out Entity target));
        Assert.Equal("account", target.LogicalName);
        Assert.False(parameters.TryGetValue("Target", out EntityReference reference));
        Assert.Null(reference);
        Assert.False(parameters.TryGetValue("Missing", out int missing));
        Assert.False(parameters.TryGetValue("Count", out long _));
        Assert.Equal(0, missing);
    }

    [Fact]
    public void ParameterCollection_TryGetValue_with_an_object_out_binds_the_generic_overload_and_works()
    {
        var parameters = new ParameterCollection { { "Target", "x" }, { "Nothing", null! } };

        Assert.True(parameters.TryGetValue("Target", out object value));
        Assert.Equal("x", value);
        Assert.False(parameters.TryGetValue("Nothing", out object _));
        Assert.False(parameters.TryGetValue("Missing", out object _));
    }

    [Fact]
    public void ParameterCollection_AddOrUpdateIfNotNull_skips_nulls()
    {
        var parameters = new ParameterCollection { { "a", 1 } };

        parameters.AddOrUpdateIfNotNull("a", null);
        parameters.AddOrUpdateIfNotNull("b", null);
        parameters.AddOrUpdateIfNotNull("a", 2);
        parameters.AddOrUpdateIfNotNull("c", 3);

        Assert.Equal(2, parameters["a"]);
        Assert.False(parameters.Contains("b"));
        Assert.Equal(3, parameters["c"]);
    }

    // IsReadOnly's setter is internal, as in the real SDK (only OrganizationServiceContext flips it); reach it by reflection.
    private static void MakeReadOnly(RelatedEntityCollection collection) =>
        typeof(RelatedEntityCollection).GetProperty(nameof(RelatedEntityCollection.IsReadOnly))!
            .SetMethod!.Invoke(collection, [true]);
}
