using System;

namespace Microsoft.Xrm.Sdk.Extensions;

public static class ServiceProviderExtensions
{
    /// <summary>(T)GetService(typeof(T)): null when the provider has no such service.</summary>
    public static T Get<T>(this IServiceProvider serviceProvider) => (T)serviceProvider.GetService(typeof(T));

    public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid id) =>
        serviceProvider.Get<IOrganizationServiceFactory>().CreateOrganizationService(id);
}
