namespace Hitl.Emulator.Security;

public enum PrivilegeKind { Create, Read, Write, Delete, Append, AppendTo, Assign, Share }
