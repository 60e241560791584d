namespace Hitl.Deploy;

/// <summary>The `pac solution create-settings` file that `pac solution import --settings-file` reads.</summary>
internal sealed record DeploymentSettings(
    IReadOnlyList<EnvironmentVariableSetting> EnvironmentVariables,
    IReadOnlyList<ConnectionReferenceSetting> ConnectionReferences);

/// <summary>A value for one environment variable; empty leaves the variable without a current value.</summary>
internal sealed record EnvironmentVariableSetting(string SchemaName, string Value);

/// <summary>The target environment's connection to bind one connection reference to.</summary>
internal sealed record ConnectionReferenceSetting(string LogicalName, string ConnectionId, string ConnectorId);
