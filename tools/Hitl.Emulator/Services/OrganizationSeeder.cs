using Hitl.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Services;

/// <summary>Rows every organization has: root business unit, SYSTEM user, roles, environment variables.</summary>
internal sealed class OrganizationSeeder
{
    private readonly EmulatorRuntime _runtime;
    private readonly DirectoryWriter _directory;

    public OrganizationSeeder(EmulatorRuntime runtime, DirectoryWriter directory)
    {
        _runtime = runtime;
        _directory = directory;
    }

    public void Seed()
    {
        var identity = _runtime.Identity;
        _directory.Insert("businessunit", identity.BusinessUnitId, new Dictionary<string, object?>
        {
            ["name"] = identity.OrganizationName,
            ["isdisabled"] = false,
        });
        _directory.Insert("systemuser", identity.SystemUserId, new Dictionary<string, object?>
        {
            ["fullname"] = "SYSTEM",
            ["lastname"] = "SYSTEM",
            ["domainname"] = "SYSTEM",
            ["businessunitid"] = new EntityReference("businessunit", identity.BusinessUnitId),
            ["isdisabled"] = false,
        });
        SeedRole(identity.SystemAdministratorRoleId, DataverseEmulator.SystemAdministratorRole);
        foreach (var role in _runtime.Metadata.Roles) SeedRole(role.Id, role.Name);
        new EnvironmentVariableWriter(_runtime, _directory).SeedDefinitions();
    }

    private void SeedRole(Guid id, string name) =>
        _directory.Insert("role", id, new Dictionary<string, object?>
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", _runtime.Identity.BusinessUnitId),
        });
}
