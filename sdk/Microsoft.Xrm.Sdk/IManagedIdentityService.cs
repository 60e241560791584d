using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public interface IManagedIdentityService
{
    string AcquireToken(IEnumerable<string> scopes);
}
