namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>Identifies a logged event. A class here, unlike Microsoft.Extensions.Logging's struct.</summary>
public class EventId
{
    public EventId(int id, string name = null)
    {
        Id = id;
        Name = name;
    }

    public int Id { get; }

    public string Name { get; }
}
