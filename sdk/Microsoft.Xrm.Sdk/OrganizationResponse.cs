using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The result of IOrganizationService.Execute: a name plus named results.</summary>
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;

    public string ResponseName { get; set; }

    /// <summary>Settable so that fakes and emulators can fill typed responses.</summary>
    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }
}
