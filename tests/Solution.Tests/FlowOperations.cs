using System.Text.Json;

namespace Hitl.Solution.Tests;

/// <summary>A connector trigger or action of a flow: its name and its inputs (host + parameters).</summary>
public sealed record FlowOperation(string Name, string ConnectionName, string OperationId, JsonElement Parameters)
{
    public string? Parameter(string name) =>
        Parameters.ValueKind == JsonValueKind.Object && Parameters.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>Every connector operation in a flow definition, nested scopes, conditions, loops and switches included.</summary>
    public static IEnumerable<FlowOperation> All(JsonElement definition)
    {
        foreach (var section in new[] { "triggers", "actions" })
        {
            if (definition.TryGetProperty(section, out var items) && items.ValueKind == JsonValueKind.Object)
            {
                foreach (var operation in Walk(items))
                {
                    yield return operation;
                }
            }
        }
    }

    private static IEnumerable<FlowOperation> Walk(JsonElement actions)
    {
        foreach (var action in actions.EnumerateObject().Where(a => a.Value.ValueKind == JsonValueKind.Object))
        {
            if (action.Value.TryGetProperty("inputs", out var inputs) && inputs.ValueKind == JsonValueKind.Object
                && inputs.TryGetProperty("host", out var host) && host.ValueKind == JsonValueKind.Object)
            {
                yield return new FlowOperation(
                    action.Name,
                    host.TryGetProperty("connectionName", out var connection) ? connection.GetString() ?? "" : "",
                    host.TryGetProperty("operationId", out var operation) ? operation.GetString() ?? "" : "",
                    inputs.TryGetProperty("parameters", out var parameters) ? parameters : default);
            }

            foreach (var nested in NestedActionSets(action.Value).SelectMany(Walk))
            {
                yield return nested;
            }
        }
    }

    /// <summary>actions of Scope/Foreach/If, else.actions, and each Switch case/default.</summary>
    private static IEnumerable<JsonElement> NestedActionSets(JsonElement action)
    {
        if (action.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Object)
        {
            yield return actions;
        }

        foreach (var container in new[] { "else", "default" })
        {
            if (action.TryGetProperty(container, out var branch) && branch.ValueKind == JsonValueKind.Object
                && branch.TryGetProperty("actions", out var branchActions) && branchActions.ValueKind == JsonValueKind.Object)
            {
                yield return branchActions;
            }
        }

        if (action.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Object)
        {
            foreach (var @case in cases.EnumerateObject())
            {
                if (@case.Value.TryGetProperty("actions", out var caseActions) && caseActions.ValueKind == JsonValueKind.Object)
                {
                    yield return caseActions;
                }
            }
        }
    }
}
