namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
        ResponseName = "Retrieve";
    }

    public Entity Entity => ParameterAccess.Get<Entity>(Results, "Entity");

    public object Notifications => ParameterAccess.Get<object>(Results, "Notifications");
}
