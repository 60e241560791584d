using System;
using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// One condition: attribute, operator, values. The twelve constructors mirror the real overload set exactly, because
/// which one binds (object vs params object[] vs ICollection) decides what ends up in <see cref="Values"/>.
/// </summary>
public sealed class ConditionExpression : IExtensibleDataObject
{
    private DataCollection<object> _values;

    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
        if (values != null)
        {
            _values = new DataCollection<object>(values);
        }
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(entityName, attributeName, conditionOperator, values)
    {
        CompareColumns = compareColumns;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, new[] { value })
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator, Array.Empty<object>())
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(entityName, attributeName, conditionOperator, Array.Empty<object>())
    {
    }

    /// <summary>Flattens the collection into <see cref="Values"/>, so a Guid[] or List&lt;int&gt; gives one value per item.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
    {
        AttributeName = attributeName;
        Operator = conditionOperator;
        if (values != null)
        {
            _values = new DataCollection<object>();
            foreach (object value in values)
            {
                _values.Add(value);
            }
        }
    }

    /// <summary>Name or alias of the LinkEntity the attribute belongs to; null for the query's own table.</summary>
    public string EntityName { get; set; }

    public string AttributeName { get; set; }

    public ConditionOperator Operator { get; set; }

    /// <summary>True when Values holds column names to compare with rather than constants.</summary>
    public bool CompareColumns { get; set; }

    public DataCollection<object> Values
    {
        get => _values ??= new DataCollection<object>();
        private set => _values = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
