namespace Microsoft.Xrm.Sdk.Extensions;

public static class ContextExtensions
{
    /// <summary>The input parameter as <typeparamref name="T"/>, or default when it is absent or of another type.</summary>
    public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName) =>
        context.InputParameters.TryGetValue(parameterName, out T value) ? value : default;
}
