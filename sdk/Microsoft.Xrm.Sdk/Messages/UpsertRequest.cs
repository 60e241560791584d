namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates the row Target identifies (by id or alternate key) or creates it.</summary>
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
    }

    public Entity Target
    {
        get => ParameterAccess.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}
