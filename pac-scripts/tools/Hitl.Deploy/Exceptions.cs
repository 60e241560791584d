namespace Hitl.Deploy;

/// <summary>The command line is wrong (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The solution folder or the build output cannot be deployed as it is (exit code 1).</summary>
internal sealed class DeployException(string message) : Exception(message);
