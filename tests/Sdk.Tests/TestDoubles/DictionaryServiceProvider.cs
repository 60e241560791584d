namespace Hitl.Sdk.Tests.TestDoubles;

/// <summary>IServiceProvider over a type→service map, counting lookups.</summary>
public sealed class DictionaryServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = new();

    public List<Type> Requested { get; } = new();

    public DictionaryServiceProvider With<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType)
    {
        Requested.Add(serviceType);
        return _services.TryGetValue(serviceType, out object? service) ? service : null;
    }
}
