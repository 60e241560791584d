namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryExpression : QueryBase
{
    public static readonly QueryExpression Empty = new QueryExpression();

    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public QueryExpression()
        : this(null)
    {
    }

    /// <summary>Starts with an empty ColumnSet (no columns), an And criteria and first-page PageInfo.</summary>
    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        ColumnSet = new ColumnSet();
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
    }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public FilterExpression Criteria { get; set; }

    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    public PagingInfo PageInfo { get; set; }

    public int? TopCount { get; set; }

    public bool Distinct { get; set; }

    public bool NoLock { get; set; }

    public string QueryHints { get; set; }

    public string DataSource { get; set; }

    public QueryExpression SubQueryExpression { get; set; }

    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName) =>
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds a link from this query's table and returns it, so callers can add columns and criteria.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    internal override void Accept(IQueryVisitor visitor) => visitor.Visit(this);
}
