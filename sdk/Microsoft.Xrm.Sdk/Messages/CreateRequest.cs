namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a row; the response's property really is lower-case <c>id</c>.</summary>
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
    }

    public Entity Target
    {
        get => ParameterAccess.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}
