namespace Microsoft.Xrm.Sdk;

public interface IEnvironmentVariableService
{
    string RetrieveEnvironmentVariableValue(string environmentVariableSchemaName);
}
