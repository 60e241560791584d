using System;

namespace Microsoft.Xrm.Sdk;

public interface IOrganizationServiceFactory
{
    /// <param name="userId">The user the service acts as; null means the SYSTEM user.</param>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
