namespace Hitl.Emulator;

/// <summary>The fixed ids of the emulated organization: its root business unit, SYSTEM user and admin role.</summary>
public sealed record EmulatorIdentity(
    Guid OrganizationId,
    string OrganizationName,
    Guid BusinessUnitId,
    Guid SystemUserId,
    Guid SystemAdministratorRoleId);
