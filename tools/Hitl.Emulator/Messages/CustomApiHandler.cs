using Hitl.Emulator.Metadata;
using Hitl.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages;

/// <summary>
/// A custom API from the solution: parameters are checked against the definition before any step runs;
/// the main plug-in runs at stage 30 inside the transaction; outputs default to their type's default.
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    private readonly CustomApiDefinition _api;
    private readonly StepRegistration? _mainOperation;

    public CustomApiHandler(CustomApiDefinition api)
    {
        _api = api;
        if (api.PluginTypeName is { } type)
            _mainOperation = new StepRegistration(DeterministicId(api.UniqueName), type.Split(',')[0].Trim(), api.UniqueName,
                api.BoundEntityLogicalName, 30, 0, type); // a custom API's main plug-in gets no configuration
    }

    public void Validate(OperationContext op)
    {
        if (_api.IsEntityBound)
        {
            var target = op.Input.TryGetValue("Target", out var t) ? t as EntityReference : null;
            if (target is null || target.LogicalName != _api.BoundEntityLogicalName)
                throw Faults.InvalidArgument($"The bound custom API '{_api.UniqueName}' needs a Target EntityReference to '{_api.BoundEntityLogicalName}'.");
        }
        foreach (var key in op.Input.Keys.ToList())
        {
            if (key == "Target" && _api.IsEntityBound) continue;
            if (_api.RequestParameters.All(p => p.UniqueName != key))
                throw Faults.InvalidArgument($"The parameter '{key}' is not defined for the request '{_api.UniqueName}'.");
        }
        foreach (var parameter in _api.RequestParameters)
        {
            if (!op.Input.TryGetValue(parameter.UniqueName, out var value) || value is null)
            {
                if (parameter.IsOptional) { op.Input.Remove(parameter.UniqueName); continue; }
                throw Faults.InvalidArgument($"The request '{_api.UniqueName}' is missing the required parameter '{parameter.UniqueName}'.");
            }
            if (!CustomApiTypes.IsOfType(value, parameter.Type))
                throw Faults.InvalidArgument(
                    $"The parameter '{parameter.UniqueName}' of request '{_api.UniqueName}' must be {parameter.Type} ({CustomApiTypes.ClrName(parameter.Type)}), not {value.GetType().FullName}.");
        }
    }

    public void Authorize(OperationContext op)
    {
        if (!string.IsNullOrEmpty(_api.ExecutePrivilegeName))
            op.Runtime.Security.DemandNamed(op.Snapshot, op.UserId, _api.ExecutePrivilegeName, _api.BoundEntityLogicalName ?? _api.UniqueName);
    }

    public void Execute(OperationContext op)
    {
        foreach (var property in _api.ResponseProperties)
            op.Output[property.UniqueName] = CustomApiTypes.DefaultOf(property.Type);
        if (_mainOperation is null) return;
        var runner = op.Runtime.Steps;
        runner.Run(_mainOperation, runner.BuildContext(_mainOperation, op, 30, 0, op.SharedVariables, op.StepParent, true, null, null, op.Snapshot), op.Tx);
    }

    public OrganizationResponse Respond(OperationContext op)
    {
        var results = new ParameterCollection();
        foreach (var property in _api.ResponseProperties)
            results[property.UniqueName] = op.Output.TryGetValue(property.UniqueName, out var v) ? v : CustomApiTypes.DefaultOf(property.Type);
        return new OrganizationResponse { ResponseName = _api.UniqueName, Results = results };
    }

    private static Guid DeterministicId(string name) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("customapi:" + name)));
}
