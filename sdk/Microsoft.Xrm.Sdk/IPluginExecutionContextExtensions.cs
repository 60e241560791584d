namespace Microsoft.Xrm.Sdk;

public static class IPluginExecutionContextExtensions
{
    private const int PreOperation = 20;
    private const int PostOperation = 40;

    /// <summary>True for PreOperation, MainOperation and PostOperation: the stages inside the database transaction.</summary>
    public static bool IsWithinMainTransaction(this IPluginExecutionContext context) =>
        context.Stage >= PreOperation && context.Stage <= PostOperation;

    /// <summary>Reads the platform's "IsAutoTransact" shared variable; like the real SDK it throws when the variable is absent.</summary>
    public static bool IsAutoTransact(this IPluginExecutionContext context) =>
        (bool)context.SharedVariables[nameof(IsAutoTransact)];
}
