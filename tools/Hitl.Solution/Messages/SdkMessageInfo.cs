namespace Hitl.Solution;

/// <summary>One SDK message: its fixed id, whether it needs a primary table, and its entity-image rules.</summary>
/// <param name="Id">The sdkmessageid, identical in every org; null where no public source confirms it, so no step
/// file can name the message yet (see README).</param>
/// <param name="ImagePropertyNames">MessagePropertyName values an image may use; empty = the message takes no images.</param>
/// <param name="AllowsPreImage">A pre image may be registered.</param>
/// <param name="AllowsPostImage">A post image may be registered (PostOperation only).</param>
/// <param name="RegisteredWithoutPrimaryEntity">Registered "of any Entity" (Associate/Disassociate).</param>
public sealed record SdkMessageInfo(
    string Name,
    Guid? Id,
    IReadOnlyList<string> ImagePropertyNames,
    bool AllowsPreImage,
    bool AllowsPostImage,
    bool RegisteredWithoutPrimaryEntity = false)
{
    public bool TakesImages => ImagePropertyNames.Count > 0;
}
