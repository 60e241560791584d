using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Hitl.Emulator.Security;
using Hitl.Emulator.Services;
using Hitl.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator;

/// <summary>
/// An in-memory Dataverse organization configured from an unpacked solution folder: its tables, steps,
/// custom APIs, environment variables and roles. Thread-safe; <see cref="Clone"/> gives each test a fresh copy.
/// </summary>
public sealed class DataverseEmulator
{
    public const string SystemAdministratorRole = "System Administrator";

    private static readonly EmulatorIdentity DefaultIdentity = new(
        OrganizationId: new Guid("0b7e1f55-2d3c-4c8a-9d6e-000000000001"),
        OrganizationName: "hitlsales",
        BusinessUnitId: new Guid("0b7e1f55-2d3c-4c8a-9d6e-000000000002"),
        SystemUserId: new Guid("0b7e1f55-2d3c-4c8a-9d6e-000000000003"),
        SystemAdministratorRoleId: new Guid("627090ff-40a3-4053-8790-584edc5be201"));

    private readonly EmulatorRuntime _runtime;
    private readonly DirectoryWriter _directory;
    private readonly AsyncJobRunner _asyncRunner;

    private DataverseEmulator(EmulatorRuntime runtime)
    {
        _runtime = runtime;
        _directory = new DirectoryWriter(runtime);
        _asyncRunner = new AsyncJobRunner(runtime);
        ServiceFactory = new OrganizationServiceFactory(runtime);
    }

    /// <summary>Loads and validates the solution folder (throws Hitl.Solution.SolutionLoadException naming the file).</summary>
    public static DataverseEmulator Load(string solutionFolder, EmulatorOptions? options = null) =>
        Create(SolutionMetadataMapper.Map(Hitl.Solution.SolutionModel.Load(solutionFolder)), options);

    public static DataverseEmulator Create(EmulatorMetadata metadata, EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions();
        // Every emulator, and every clone, is its own organization: plug-ins keep process-wide caches keyed by
        // organization id (as in Dataverse), and tests running side by side must not share them.
        var identity = DefaultIdentity with { OrganizationId = Guid.NewGuid(), OrganizationName = options.OrganizationName };
        var runtime = new EmulatorRuntime(metadata, new DataStore(StoreSnapshot.Empty), new FakeClock(options.StartTime),
            new IdGenerator(options.Seed), new PluginCache(), identity, options.MessageHandlers);
        var emulator = new DataverseEmulator(runtime);
        new OrganizationSeeder(runtime, emulator._directory).Seed();
        return emulator;
    }

    public EmulatorMetadata Metadata => _runtime.Metadata;
    public FakeClock Clock => _runtime.Clock;
    public Guid OrganizationId => _runtime.OrganizationId;
    public Guid BusinessUnitId => _runtime.BusinessUnitId;
    /// <summary>The SYSTEM user: what CreateOrganizationService(null) runs as; bypasses privilege checks.</summary>
    public Guid SystemUserId => _runtime.SystemUserId;

    /// <summary>The factory a test (or the CLI) uses; null = SYSTEM.</summary>
    public IOrganizationServiceFactory ServiceFactory { get; }

    public IOrganizationService CreateService(Guid? userId = null) => ServiceFactory.CreateOrganizationService(userId);

    /// <summary>Every plug-in execution so far (steps and custom API main operations), in completion order.</summary>
    public IReadOnlyList<ExecutionRecord> ExecutionLog => _runtime.Journal.Executions;

    public IReadOnlyList<TraceEntry> Traces => _runtime.Journal.Traces;

    public void ClearExecutionLog() => _runtime.Journal.Clear();

    /// <summary>Async steps waiting for <see cref="DrainAsyncJobs"/>.</summary>
    public int PendingAsyncJobs => _runtime.AsyncQueue.Count;

    /// <summary>Runs queued async steps (and any they queue) now; returns how many ran.</summary>
    public int DrainAsyncJobs() => _asyncRunner.Drain();

    // ---- users, teams, roles ----

    public Guid AddUser(string fullName, string? email = null, Guid? managerId = null, params string[] roles)
    {
        var parts = fullName.Split(' ', 2);
        var id = _directory.Insert("systemuser", _runtime.Ids.Next(), new Dictionary<string, object?>
        {
            ["fullname"] = fullName,
            ["firstname"] = parts.Length > 1 ? parts[0] : null,
            ["lastname"] = parts[^1],
            ["internalemailaddress"] = email,
            ["domainname"] = email ?? fullName.Replace(' ', '.').ToLowerInvariant() + "@hitl.test",
            ["parentsystemuserid"] = managerId is { } m ? new EntityReference("systemuser", m) : null,
            ["businessunitid"] = new EntityReference("businessunit", BusinessUnitId),
            ["isdisabled"] = false,
        });
        foreach (var role in roles) GrantRole(id, role);
        return id;
    }

    public Guid AddTeam(string name, params Guid[] memberIds)
    {
        var id = _directory.Insert("team", _runtime.Ids.Next(), new Dictionary<string, object?>
        {
            ["name"] = name,
            ["teamtype"] = new OptionSetValue(0),
            ["businessunitid"] = new EntityReference("businessunit", BusinessUnitId),
            ["isdefault"] = false,
        });
        foreach (var member in memberIds) AddTeamMember(id, member);
        return id;
    }

    public void AddTeamMember(Guid teamId, Guid userId) => _directory.Link("teammembership_association", teamId, userId);

    /// <summary>Grants a role from solution/Roles (or <see cref="SystemAdministratorRole"/>) to a user or a team.</summary>
    public void GrantRole(Guid principalId, string roleName)
    {
        var roleId = string.Equals(roleName, SystemAdministratorRole, StringComparison.OrdinalIgnoreCase)
            ? _runtime.Identity.SystemAdministratorRoleId
            : Metadata.Role(roleName)?.Id ?? throw new ArgumentException(
                $"No role named '{roleName}' in the solution (roles: {string.Join(", ", Metadata.Roles.Select(r => r.Name))}).", nameof(roleName));
        var isTeam = _runtime.Store.Committed.Find("team", principalId) is not null;
        if (isTeam) _directory.Link("teamroles_association", principalId, roleId);
        else _directory.Link("systemuserroles_association", principalId, roleId);
    }

    // ---- environment variables ----

    /// <summary>Sets the current value (the environmentvariablevalue row), as an admin does in the maker portal.</summary>
    public void SetEnvironmentVariable(string schemaName, string value) =>
        new EnvironmentVariableWriter(_runtime, _directory).Set(schemaName, value);

    /// <summary>Deletes the value row: readers fall back to the definition's default value.</summary>
    public void ClearEnvironmentVariable(string schemaName) =>
        new EnvironmentVariableWriter(_runtime, _directory).Clear(schemaName);

    /// <summary>
    /// A cheap copy: same metadata and plug-in instances, its own rows, clock, ids, log and an empty async queue.
    /// Refused while async jobs are pending: their contexts carry this organization's id and would run twice.
    /// </summary>
    public DataverseEmulator Clone()
    {
        var pending = _runtime.AsyncQueue.Count;
        if (pending > 0)
            throw new InvalidOperationException(
                $"Clone() with {pending} async job(s) pending: their contexts belong to this organization (OrganizationId {OrganizationId:D}). " +
                "Call DrainAsyncJobs() before cloning, or clone the template before queuing work.");
        var runtime = new EmulatorRuntime(_runtime.Metadata, _runtime.Store.Copy(), _runtime.Clock.Copy(), _runtime.Ids.Copy(),
            _runtime.Plugins, _runtime.Identity with { OrganizationId = Guid.NewGuid() }, _runtime.AddedHandlers);
        return new DataverseEmulator(runtime);
    }

    /// <summary>Reads a row as SYSTEM, for assertions (no pipeline, no log entry).</summary>
    public Entity? Find(string table, Guid id)
    {
        var snapshot = _runtime.Store.Committed;
        return snapshot.Find(table, id) is { } row ? _runtime.Reader.ToEntity(row, new ColumnSet(true), snapshot) : null;
    }

    /// <summary>All rows of a table as SYSTEM, for assertions.</summary>
    public IReadOnlyList<Entity> Rows(string table)
    {
        var snapshot = _runtime.Store.Committed;
        return snapshot.Rows(table).Select(r => _runtime.Reader.ToEntity(r, new ColumnSet(true), snapshot)).ToList();
    }
}
