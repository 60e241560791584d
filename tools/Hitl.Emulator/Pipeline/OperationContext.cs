using Hitl.Emulator.Security;
using Hitl.Emulator.Services;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// One message execution as its handler sees it: the request, the (step-changeable) InputParameters, the
/// OutputParameters, the primary row, and the platform services a main operation uses (reads inside the
/// operation's transaction, privilege checks, child operations at Depth + 1).
/// </summary>
public sealed class OperationContext
{
    internal OperationContext(EmulatorRuntime runtime, CallContext caller, OrganizationRequest request, string message,
        string entity, Guid id, ParameterCollection input, Transaction? transaction)
    {
        Runtime = runtime;
        Caller = caller;
        Request = request;
        Message = message;
        Entity = entity;
        Id = id;
        Input = input;
        Transaction = transaction;
        CorrelationId = caller.CorrelationId ?? Guid.NewGuid();
    }

    /// <summary>The request as the client sent it (read parameters from <see cref="Input"/>: steps may change those).</summary>
    public OrganizationRequest Request { get; }

    /// <summary>The SdkMessage name plug-ins see (Win for WinOpportunityRequest).</summary>
    public string Message { get; }

    /// <summary>The primary table ("none" when the message has none).</summary>
    public string Entity { get; }

    /// <summary>The primary row; a Create handler sets it once the row exists.</summary>
    public Guid Id { get; set; }

    public int Depth => Caller.Depth;
    public Guid CorrelationId { get; }
    public Guid UserId => Caller.UserId;
    public Guid InitiatingUserId => Caller.InitiatingUserId;

    /// <summary>InputParameters shared with the steps (a deep copy of the request's parameters).</summary>
    public ParameterCollection Input { get; }

    /// <summary>OutputParameters the main operation fills; PostOperation steps read them.</summary>
    public ParameterCollection Output { get; } = new();

    /// <summary>A row as the operation sees it (uncommitted writes included), all columns, no privilege check; null if absent.</summary>
    public Entity? Find(string table, Guid id) =>
        Snapshot.Find(table, id) is { } row ? Runtime.Reader.ToEntity(row, new ColumnSet(true), Snapshot) : null;

    /// <summary>The platform's privilege check for the calling user (PrivilegeDenied fault when missing); rowId null = a new row.</summary>
    public void Demand(PrivilegeKind privilege, string table, Guid? rowId) =>
        Runtime.Security.Demand(Snapshot, UserId, privilege, table,
            rowId is { } id ? Snapshot.Find(table, id) ?? throw Faults.DoesNotExist(table, id) : null);

    /// <summary>
    /// A service for the platform's own child operations (QualifyLead's Creates, Win's opportunityclose): each runs
    /// its full pipeline at Depth + 1, as the calling user, inside this operation's transaction, with this message
    /// as ParentContext. Only valid during <see cref="IMessageHandler.Execute"/>.
    /// </summary>
    public IOrganizationService ChildService() => new OrganizationService(Runtime, new CallContext(UserId, InitiatingUserId)
    {
        Parent = AsParentContext(),
        Transaction = Tx,
        CorrelationId = CorrelationId,
    });

    internal EmulatorRuntime Runtime { get; }
    internal CallContext Caller { get; }
    internal Transaction? Transaction { get; set; }

    /// <summary>SharedVariables of the PreOperation..PostOperation steps (and a custom API's main plug-in).</summary>
    internal ParameterCollection SharedVariables { get; set; } = new();

    /// <summary>ParentContext given to PreOperation..PostOperation steps.</summary>
    internal PluginContext? StepParent { get; set; }

    /// <summary>What this operation reads: its transaction's uncommitted state, else the committed store.</summary>
    internal StoreSnapshot Snapshot => Transaction?.Working ?? Runtime.Store.Committed;

    internal Transaction Tx => Transaction ?? throw new InvalidOperationException("The main operation runs inside a transaction.");

    /// <summary>The main operation (stage 30) as the ParentContext of the child operations it starts.</summary>
    private PluginContext AsParentContext() => new()
    {
        Mode = 0,
        Depth = Depth,
        MessageName = Message,
        PrimaryEntityName = Entity,
        PrimaryEntityId = Id,
        RequestId = Request.RequestId,
        InputParameters = Input,
        OutputParameters = Output,
        SharedVariables = SharedVariables,
        UserId = UserId,
        InitiatingUserId = InitiatingUserId,
        BusinessUnitId = Runtime.BusinessUnitId,
        OrganizationId = Runtime.OrganizationId,
        OrganizationName = Runtime.OrganizationName,
        CorrelationId = CorrelationId,
        IsInTransaction = true,
        Stage = 30,
        ParentContext = StepParent!,
    };
}
