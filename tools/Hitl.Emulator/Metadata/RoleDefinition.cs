namespace Hitl.Emulator.Metadata;

/// <summary>Access levels in ascending reach; Local/Deep act as Global (one business unit).</summary>
public enum PrivilegeDepth { Basic = 0, Local = 1, Deep = 2, Global = 3 }

public sealed record RolePrivilege(string Name, PrivilegeDepth Depth);

public sealed record RoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilege> Privileges)
{
    /// <summary>Grants every privilege at Global depth (the emulator's System Administrator).</summary>
    public bool IsSystemAdministrator { get; init; }
}
