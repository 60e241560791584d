namespace Hitl.Solution;

/// <summary>Roles/&lt;Role Name&gt;.xml.</summary>
public sealed record RoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilege> Privileges, string SourceFile);

/// <param name="Name">As written, e.g. prvReadhitl_Approval or prvReadEnvironmentVariableDefinition.</param>
/// <param name="Action">Create/Read/Write/Delete/Append/AppendTo/Assign/Share when the name has that form, else null.</param>
/// <param name="EntitySchemaName">The table schema name after the action, when <paramref name="Action"/> is set.</param>
public sealed record RolePrivilege(string Name, PrivilegeDepth Level, string? Action, string? EntitySchemaName);

/// <summary>level attribute, in ascending reach (the emulator compares depths). Numbers follow the SDK PrivilegeDepth enum.</summary>
public enum PrivilegeDepth
{
    Basic = 0,
    Local = 1,
    Deep = 2,
    Global = 3,
}
