using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.CustomApis;

/// <summary>One call of a custom API: its declared inputs, its declared outputs, and the local context.</summary>
public sealed class CustomApiRequest
{
    private readonly CustomApiPlugin _api;

    internal CustomApiRequest(ILocalPluginContext context, CustomApiPlugin api)
    {
        Context = context;
        _api = api;
    }

    public ILocalPluginContext Context { get; }

    /// <summary>A required parameter (the platform has validated its presence and type).</summary>
    public T Required<T>(string name)
    {
        Declared(name, mustBeOptional: false);
        if (!Context.ExecutionContext.InputParameters.TryGetValue(name, out var value) || value == null)
        {
            throw new InvalidPluginExecutionException($"{_api.UniqueName} needs the parameter '{name}'.");
        }

        return Convert<T>(name, value);
    }

    /// <summary>An optional parameter; absent or null gives the fallback.</summary>
    public T Optional<T>(string name, T fallback)
    {
        Declared(name, mustBeOptional: true);
        return Context.ExecutionContext.InputParameters.TryGetValue(name, out var value) && value != null
            ? Convert<T>(name, value)
            : fallback;
    }

    /// <summary>
    /// The row an entity-bound API was called on: the platform's implicit Target parameter (not a declared request
    /// parameter; learn.microsoft.com/power-apps/developer/data-platform/custom-api#select-a-binding-type).
    /// </summary>
    public EntityReference BoundTarget(string table)
    {
        if (Context.ExecutionContext.InputParameters.TryGetValue("Target", out var value) && value is EntityReference target && target.LogicalName == table)
        {
            return target;
        }

        throw new InvalidPluginExecutionException($"{_api.UniqueName} is bound to {table}: call it on a {table} row.");
    }

    public void Respond(string name, object value)
    {
        if (!_api.ResponseProperties.ContainsKey(name))
        {
            throw new InvalidOperationException($"{_api.GetType().FullName} writes '{name}', which is not a declared response property of {_api.UniqueName}.");
        }

        Context.ExecutionContext.OutputParameters[name] = value;
    }

    private void Declared(string name, bool mustBeOptional)
    {
        if (!_api.RequestParameters.TryGetValue(name, out var parameter))
        {
            throw new InvalidOperationException($"{_api.GetType().FullName} reads '{name}', which is not a declared request parameter of {_api.UniqueName}.");
        }

        if (parameter.IsOptional != mustBeOptional)
        {
            throw new InvalidOperationException($"{_api.GetType().FullName} reads '{name}' as {(mustBeOptional ? "optional" : "required")}, but declares it otherwise.");
        }
    }

    private T Convert<T>(string name, object value)
    {
        if (value is T typed) return typed;
        throw new InvalidPluginExecutionException($"{_api.UniqueName}: parameter '{name}' must be a {typeof(T).Name}, not {value.GetType().Name}.");
    }
}
