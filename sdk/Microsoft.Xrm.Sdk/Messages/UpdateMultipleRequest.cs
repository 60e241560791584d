namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Bulk update of rows of one table.</summary>
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
    }

    public EntityCollection Targets
    {
        get => ParameterAccess.Get<EntityCollection>(Parameters, "Targets");
        set => Parameters["Targets"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterAccess.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
