namespace Hitl.Dataverse.Pipeline;

/// <summary>
/// An event a plug-in class handles. The solution's step registrations must match these (checked in
/// Solution.Tests), and a step registered on anything else fails loudly instead of doing the wrong thing.
/// </summary>
public sealed class RegisteredEvent
{
    public RegisteredEvent(PipelineStage stage, string messageName, string? entityLogicalName, Action<ILocalPluginContext> handler)
    {
        Stage = stage;
        MessageName = messageName ?? throw new ArgumentNullException(nameof(messageName));
        EntityLogicalName = entityLogicalName;
        Handler = handler ?? throw new ArgumentNullException(nameof(handler));
    }

    public PipelineStage Stage { get; }

    public string MessageName { get; }

    /// <summary>Null for messages without a primary table (unbound custom APIs).</summary>
    public string? EntityLogicalName { get; }

    internal Action<ILocalPluginContext> Handler { get; }

    public bool Matches(int stage, string messageName, string? primaryEntityName)
    {
        return (int)Stage == stage
            && string.Equals(MessageName, messageName, StringComparison.OrdinalIgnoreCase)
            && (EntityLogicalName == null || string.Equals(EntityLogicalName, primaryEntityName, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => $"{MessageName} of {EntityLogicalName ?? "any table"} at stage {(int)Stage} ({Stage})";
}
