namespace Hitl.Core { }
