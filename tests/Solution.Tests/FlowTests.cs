using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hitl.Solution.Tests;

public partial class FlowTests(RealSolution solution) : IClassFixture<RealSolution>
{
    [Fact]
    public void The_solution_has_cloud_flows() => Assert.NotEmpty(solution.Model.Flows);

    [Fact]
    public void Every_connection_name_is_a_connection_reference_declared_in_customizations()
    {
        var model = solution.Model;
        var problems = new List<string>();
        foreach (var flow in model.Flows)
        {
            foreach (var (key, logicalName) in flow.ConnectionReferences.Where(r => !model.ConnectionReferences.ContainsKey(r.Value)))
            {
                problems.Add($"{flow.JsonFile}: connectionReferences.{key} uses '{logicalName}', which Other/Customizations.xml does not declare");
            }

            foreach (var operation in FlowOperation.All(flow.Definition).Where(o => !flow.ConnectionReferences.ContainsKey(o.ConnectionName)))
            {
                problems.Add($"{flow.JsonFile}: '{operation.Name}' uses host.connectionName '{operation.ConnectionName}', which is not a key of connectionReferences");
            }
        }

        RealSolution.AssertNone(problems, "Flows with undeclared connections");
    }

    [Fact]
    public void Every_custom_api_call_names_a_solution_api_with_its_request_parameters()
    {
        var model = solution.Model;
        var problems = new List<string>();
        foreach (var flow in model.Flows)
        {
            foreach (var call in FlowOperation.All(flow.Definition).Where(o => o.OperationId is "PerformUnboundAction" or "PerformBoundAction"))
            {
                var actionName = call.Parameter("actionName") ?? "";
                if (!model.CustomApis.TryGetValue(actionName, out var api))
                {
                    problems.Add($"{flow.JsonFile}: '{call.Name}' calls '{actionName}', which is not a custom API in the solution");
                    continue;
                }

                var supplied = call.Parameters.ValueKind == JsonValueKind.Object
                    ? call.Parameters.EnumerateObject().Where(p => p.Name.StartsWith("item/", StringComparison.Ordinal)).Select(p => p.Name["item/".Length..]).ToList()
                    : new List<string>();
                problems.AddRange(supplied.Where(p => api.FindRequestParameter(p) is null)
                    .Select(p => $"{flow.JsonFile}: '{call.Name}' passes item/{p}, which is not a request parameter of {api.UniqueName}"));
                problems.AddRange(api.RequestParameters.Where(p => !p.IsOptional && !supplied.Contains(p.UniqueName))
                    .Select(p => $"{flow.JsonFile}: '{call.Name}' does not supply required parameter {p.UniqueName} of {api.UniqueName}"));
            }
        }

        RealSolution.AssertNone(problems, "Flow calls that do not match the custom API definitions");
    }

    [Fact]
    public void Every_environment_variable_parameter_is_defined()
    {
        var model = solution.Model;
        var problems = new List<string>();
        foreach (var flow in model.Flows)
        {
            var text = flow.Json.GetRawText();
            foreach (Match match in EnvironmentParameter().Matches(text))
            {
                var schemaName = match.Groups["schema"].Value;
                if (!model.EnvironmentVariables.ContainsKey(schemaName))
                {
                    problems.Add($"{flow.JsonFile}: parameters('{match.Groups["name"].Value}') names '{schemaName}', which is not an environment variable in the solution");
                }
            }

            if (flow.Definition.TryGetProperty("parameters", out var declared) && declared.ValueKind == JsonValueKind.Object)
            {
                foreach (var parameter in declared.EnumerateObject())
                {
                    if (parameter.Value.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("schemaName", out var schema)
                        && !model.EnvironmentVariables.ContainsKey(schema.GetString() ?? ""))
                    {
                        problems.Add($"{flow.JsonFile}: definition parameter '{parameter.Name}' has metadata.schemaName '{schema.GetString()}', which is not an environment variable");
                    }
                }
            }
        }

        RealSolution.AssertNone(problems, "Flows reading undefined environment variables");
    }

    [Fact]
    public void Every_dataverse_trigger_and_action_names_an_existing_table()
    {
        var model = solution.Model;
        var entitySets = model.Tables.Values.Select(t => t.EntitySetName).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var flow in model.Flows)
        {
            foreach (var operation in FlowOperation.All(flow.Definition))
            {
                var triggerTable = operation.Parameter("subscriptionRequest/entityname");
                if (triggerTable is not null && !model.Tables.ContainsKey(triggerTable))
                {
                    problems.Add($"{flow.JsonFile}: trigger '{operation.Name}' subscribes to '{triggerTable}', which is not a table in the model");
                }

                // Actions take the entity set name (plural); a singular logical name there fails at run time.
                var entitySet = operation.OperationId == "SubscribeWebhookTrigger" ? null : operation.Parameter("entityName");
                if (entitySet is not null && !entitySet.StartsWith('@') && !entitySets.Contains(entitySet))
                {
                    problems.Add($"{flow.JsonFile}: '{operation.Name}' uses entityName '{entitySet}', which is not the entity set name of a table in the model");
                }
            }
        }

        RealSolution.AssertNone(problems, "Flows on unknown tables");
    }

    // @parameters('Display name (schema_Name)') and parameters('…') inside @{…} expressions.
    [GeneratedRegex(@"parameters\('(?<name>[^']*\((?<schema>[A-Za-z0-9_]+)\))'\)")]
    private static partial Regex EnvironmentParameter();
}
