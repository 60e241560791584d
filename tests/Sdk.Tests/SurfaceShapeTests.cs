using System.Reflection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Sdk.Tests;

/// <summary>
/// Accessibility the API listing renders ambiguously (it prints "protected internal" as "protected" and omits
/// internal members): these are what keep code that compiles against the stand-in compiling against the real SDK.
/// </summary>
public class SurfaceShapeTests
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    [Fact]
    public void DataCollection_of_T_constructors_are_internal()
    {
        ConstructorInfo[] ctors = typeof(DataCollection<string>).GetConstructors(Instance);

        Assert.Equal(2, ctors.Length);
        Assert.All(ctors, c => Assert.True(c.IsAssembly, $"{c} should be internal"));
    }

    [Fact]
    public void Keyed_DataCollection_constructors_are_protected_internal()
    {
        ConstructorInfo[] ctors = typeof(DataCollection<string, object>).GetConstructors(Instance);

        Assert.Equal(2, ctors.Length);
        Assert.All(ctors, c => Assert.True(c.IsFamilyOrAssembly, $"{c} should be protected internal"));
        Assert.True(typeof(AttributeCollection).GetConstructor(Instance, [typeof(IDictionary<string, object>)])!.IsFamilyOrAssembly);
        Assert.True(typeof(ParameterCollection).GetConstructor(Instance, [typeof(IDictionary<string, object>)])!.IsFamily);
    }

    [Theory]
    [InlineData(typeof(Entity), nameof(Entity.FormattedValues), "internal")]
    [InlineData(typeof(Entity), nameof(Entity.RelatedEntities), "internal")]
    [InlineData(typeof(AliasedValue), nameof(AliasedValue.Value), "internal")]
    [InlineData(typeof(AliasedValue), nameof(AliasedValue.AttributeLogicalName), "internal")]
    [InlineData(typeof(AliasedValue), nameof(AliasedValue.EntityLogicalName), "internal")]
    [InlineData(typeof(DataCollection<string, object>), nameof(DataCollection<string, object>.IsReadOnly), "internal")]
    [InlineData(typeof(EntityCollection), nameof(EntityCollection.Entities), "private")]
    [InlineData(typeof(QueryExpression), nameof(QueryExpression.LinkEntities), "private")]
    [InlineData(typeof(QueryExpression), nameof(QueryExpression.Orders), "private")]
    [InlineData(typeof(FilterExpression), nameof(FilterExpression.Conditions), "private")]
    [InlineData(typeof(FilterExpression), nameof(FilterExpression.Filters), "private")]
    [InlineData(typeof(ConditionExpression), nameof(ConditionExpression.Values), "private")]
    [InlineData(typeof(LinkEntity), nameof(LinkEntity.LinkEntities), "private")]
    [InlineData(typeof(QueryByAttribute), nameof(QueryByAttribute.Attributes), "private")]
    public void Setters_that_the_real_SDK_hides_stay_hidden(Type type, string property, string access)
    {
        MethodInfo setter = type.GetProperty(property)!.GetSetMethod(nonPublic: true)!;

        Assert.NotNull(setter);
        Assert.True(access == "internal" ? setter.IsAssembly : setter.IsPrivate, $"{type.Name}.{property} setter should be {access}");
    }

    [Fact]
    public void Entity_SetAttributeValue_is_protected()
    {
        MethodInfo method = typeof(Entity).GetMethod("SetAttributeValue", Instance)!;

        Assert.True(method.IsFamily);
        Assert.True(method.IsVirtual);
    }
}
