namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// Internal double-dispatch hook. Its only public effect is that <see cref="QueryBase"/> has an internal abstract
/// member, which keeps user code from deriving new query kinds (as with the real SDK).
/// </summary>
internal interface IQueryVisitor
{
    void Visit(QueryExpression query);

    void Visit(QueryByAttribute query);

    void Visit(FetchExpression query);
}
