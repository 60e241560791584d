namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Equality query: Attributes[i] = Values[i], all combined with And.</summary>
public sealed class QueryByAttribute : QueryBase
{
    private DataCollection<string> _attributes;
    private DataCollection<object> _values;
    private DataCollection<OrderExpression> _orders;

    public QueryByAttribute()
    {
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    /// <summary>Sets only the name: the real constructor does not chain to (), so ColumnSet and PageInfo stay null.</summary>
    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; set; }

    public DataCollection<string> Attributes
    {
        get => _attributes ??= new DataCollection<string>();
        private set => _attributes = value;
    }

    public DataCollection<object> Values
    {
        get => _values ??= new DataCollection<object>();
        private set => _values = value;
    }

    public PagingInfo PageInfo { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

    /// <summary>Appends to Attributes and Values together, keeping them aligned.</summary>
    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    internal override void Accept(IQueryVisitor visitor) => visitor.Visit(this);
}
