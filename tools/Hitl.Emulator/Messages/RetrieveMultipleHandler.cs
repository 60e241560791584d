using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Queries;
using Hitl.Emulator.Services;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Messages;

/// <summary>RetrieveMultiple through the query engine over the operation's snapshot, filtered by Read privilege.</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    private static readonly QueryEngine Engine = new();

    public bool IsReadOnly => true;

    public void Validate(OperationContext op) => RequestArgs.Required<QueryBase>(op, "Query");

    /// <summary>
    /// Without any Read privilege on the root or a linked table the platform refuses the query (PrivilegeDenied);
    /// with one, rows beyond the caller's depth are filtered out by the data source.
    /// </summary>
    public void Authorize(OperationContext op)
    {
        var security = op.Runtime.Security;
        foreach (var table in QueryTables.Of(RequestArgs.Current<QueryBase>(op, "Query")).Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal))
            security.Demand(op.Snapshot, op.UserId, Security.PrivilegeKind.Read, table, null);
    }

    public void Execute(OperationContext op)
    {
        var source = new QueryDataSource(op.Runtime, op.Snapshot, op.UserId);
        op.Output["BusinessEntityCollection"] = Engine.RetrieveMultiple(RequestArgs.Current<QueryBase>(op, "Query"), source);
    }

    public OrganizationResponse Respond(OperationContext op) => new RetrieveMultipleResponse
    {
        ResponseName = "RetrieveMultiple",
        Results = new ParameterCollection { { "EntityCollection", op.Output["BusinessEntityCollection"] } },
    };
}
