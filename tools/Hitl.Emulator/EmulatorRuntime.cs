using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hitl.Emulator.Messages;
using Hitl.Emulator.Messages.Sales;
using Hitl.Emulator.Metadata;
using Hitl.Emulator.Observation;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Hitl.Emulator.Services;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator;

/// <summary>The parts of one emulator instance wired together; request dispatch lives here.</summary>
internal sealed class EmulatorRuntime
{
    private readonly Dictionary<string, IMessageHandler> _handlers;
    private readonly ILookup<(string Message, string Entity), StepRegistration> _steps;

    public EmulatorRuntime(EmulatorMetadata metadata, DataStore store, FakeClock clock, IdGenerator ids, PluginCache plugins,
        EmulatorIdentity identity, IReadOnlyDictionary<string, IMessageHandler> addedHandlers)
    {
        Metadata = metadata;
        Store = store;
        Clock = clock;
        Ids = ids;
        Plugins = plugins;
        Identity = identity;
        Journal = new ExecutionJournal();
        Reader = new RowReader(metadata);
        Validator = new WriteValidator(metadata);
        Writer = new RowWriter(metadata, clock, identity.BusinessUnitId);
        Security = new SecurityModel(metadata, identity.SystemUserId, identity.SystemAdministratorRoleId);
        Steps = new StepRunner(this);
        Pipeline = new MessagePipeline(this);
        Batches = new BatchExecutor(this);
        _handlers = new Dictionary<string, IMessageHandler>(StringComparer.Ordinal)
        {
            ["Create"] = new CreateHandler(),
            ["Update"] = new UpdateHandler(),
            ["Delete"] = new DeleteHandler(),
            ["Retrieve"] = new RetrieveHandler(),
            ["RetrieveMultiple"] = new RetrieveMultipleHandler(),
            ["Associate"] = new AssociateHandler(associate: true),
            ["Disassociate"] = new AssociateHandler(associate: false),
            ["Assign"] = new AssignHandler(),
            ["SetState"] = new SetStateHandler(),
            ["SetStateDynamicEntity"] = new SetStateHandler("SetStateDynamicEntity"),
            ["WhoAmI"] = new WhoAmIHandler(),
            ["Upsert"] = new UpsertHandler(),
            ["Win"] = new WinOpportunityHandler(),
            ["Lose"] = new LoseOpportunityHandler(),
            ["QualifyLead"] = new QualifyLeadHandler(),
            ["Send"] = new SendEmailHandler(),
            ["AddMember"] = new AddMemberHandler(),
            ["AddListMembers"] = new AddListMembersHandler(),
        };
        foreach (var api in metadata.CustomApis) _handlers[api.UniqueName] = new CustomApiHandler(api);
        AddedHandlers = addedHandlers;
        foreach (var (message, handler) in addedHandlers)
        {
            if (_handlers.ContainsKey(message))
                throw new ArgumentException(
                    $"EmulatorOptions.MessageHandlers: '{message}' is already handled by the emulator or is a custom API of the solution; a handler adds a message, it does not replace one.",
                    nameof(addedHandlers));
            _handlers[message] = handler ?? throw new ArgumentException($"EmulatorOptions.MessageHandlers: the handler for '{message}' is null.", nameof(addedHandlers));
        }
        // Ties in rank: the platform orders by SdkMessageFilterId, which solution files do not carry; the step name is used instead.
        _steps = metadata.Steps
            .OrderBy(s => s.Stage).ThenBy(s => s.Rank).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToLookup(s => (s.Message, s.PrimaryEntity ?? "none"));
    }

    public EmulatorMetadata Metadata { get; }
    public DataStore Store { get; }
    public FakeClock Clock { get; }
    public IdGenerator Ids { get; }
    public PluginCache Plugins { get; }
    public EmulatorIdentity Identity { get; }
    /// <summary>Handlers from EmulatorOptions.MessageHandlers, kept for clones.</summary>
    public IReadOnlyDictionary<string, IMessageHandler> AddedHandlers { get; }
    public ExecutionJournal Journal { get; }
    public RowReader Reader { get; }
    public WriteValidator Validator { get; }
    public RowWriter Writer { get; }
    public SecurityModel Security { get; }
    public StepRunner Steps { get; }
    public MessagePipeline Pipeline { get; }
    public BatchExecutor Batches { get; }
    public ConcurrentQueue<AsyncJob> AsyncQueue { get; } = new();

    public Guid SystemUserId => Identity.SystemUserId;
    public Guid BusinessUnitId => Identity.BusinessUnitId;
    public Guid OrganizationId => Identity.OrganizationId;
    public string OrganizationName => Identity.OrganizationName;

    /// <summary>Steps for a message on a table plus the "any entity" steps, in execution order.</summary>
    public IReadOnlyList<StepRegistration> StepsFor(string message, string entity) =>
        entity == "none"
            ? _steps[(message, "none")].ToList()
            : _steps[(message, entity)].Concat(_steps[(message, "none")])
                .OrderBy(s => s.Stage).ThenBy(s => s.Rank).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every request, from a test or from plug-in code, enters here. A request sent inside a transaction that fails
    /// for any reason (validation, privileges, depth, a step) aborts that transaction, as SQL does: the caller may
    /// catch the fault, but nothing more can be written and the step fails when it returns.
    /// </summary>
    public OrganizationResponse Execute(OrganizationRequest request, CallContext caller)
    {
        if (caller.Transaction is { Doomed: true }) throw FaultTranslator.TransactionCountReduced();
        try
        {
            return Dispatch(request, caller);
        }
        catch
        {
            caller.Transaction?.Doom();
            throw;
        }
    }

    private OrganizationResponse Dispatch(OrganizationRequest request, CallContext caller)
    {
        var requestName = request.RequestName ?? throw Faults.InvalidArgument("The request has no RequestName.");
        if (requestName is "ExecuteMultiple") return Batches.ExecuteMultiple(request, caller);
        if (requestName is "ExecuteTransaction") return Batches.ExecuteTransaction(request, caller);
        var message = MessageNames.MessageFor(requestName);
        if (!_handlers.TryGetValue(message, out var handler))
            throw Faults.Create(ErrorCodes.UnExpected,
                $"Unrecognized request '{requestName}': the emulator knows the standard messages and the solution's custom APIs ({string.Join(", ", Metadata.CustomApis.Select(a => a.UniqueName))}).");
        var (entity, id) = Metadata.CustomApi(message) is { } api
            ? (api.IsEntityBound && request.Parameters.TryGetValue("Target", out var t) && t is EntityReference r ? (r.LogicalName, r.Id) : (api.BoundEntityLogicalName ?? "none", Guid.Empty))
            : MessageNames.PrimaryEntityOf(request);
        if (message == "RetrieveMultiple") entity = QueryEntity(request) ?? "none";
        return Pipeline.Execute(request, caller, handler, message, entity, id);
    }

    private static string? QueryEntity(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Query", out var q) ? q switch
        {
            Microsoft.Xrm.Sdk.Query.QueryExpression e => e.EntityName,
            Microsoft.Xrm.Sdk.Query.QueryByAttribute a => a.EntityName,
            Microsoft.Xrm.Sdk.Query.FetchExpression f => FetchEntity(f.Query),
            _ => null,
        } : null;

    private static string? FetchEntity(string fetchXml)
    {
        try { return System.Xml.Linq.XElement.Parse(fetchXml).Element("entity")?.Attribute("name")?.Value; }
        catch (System.Xml.XmlException) { return null; }
    }

    /// <summary>Async steps queued by a committed transaction become System Jobs.</summary>
    public void EnqueueAsync(IEnumerable<AsyncJob> jobs)
    {
        foreach (var job in jobs) AsyncQueue.Enqueue(job);
    }

    /// <summary>Writes an N:N intersect row (teammembership, systemuserroles …).</summary>
    public void InsertIntersect(Transaction tx, RelationshipMetadata rel, Guid first, Guid second)
    {
        var table = Metadata.Table(rel.IntersectEntity);
        var id = Ids.Next();
        var row = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        row[table?.PrimaryIdAttribute ?? rel.IntersectEntity + "id"] = id;
        row[rel.Entity1IntersectAttribute] = first;
        row[rel.Entity2IntersectAttribute] = second;
        tx.Working = tx.Working.Put(rel.IntersectEntity, id, row.ToImmutable(), out _);
    }
}
