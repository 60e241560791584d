namespace Microsoft.Xrm.Sdk;

/// <summary>Typed reads for message classes: default(T) when the parameter is absent, as the real messages behave.</summary>
internal static class ParameterAccess
{
    internal static T Get<T>(ParameterCollection parameters, string name) =>
        parameters.TryGetValue(name, out object value) && value != null ? (T)value : default;
}
