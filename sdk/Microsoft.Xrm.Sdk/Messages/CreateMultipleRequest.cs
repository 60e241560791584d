namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Bulk create of rows of one table.</summary>
public sealed class CreateMultipleRequest : OrganizationRequest
{
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
    }

    public EntityCollection Targets
    {
        get => ParameterAccess.Get<EntityCollection>(Parameters, "Targets");
        set => Parameters["Targets"] = value;
    }
}
