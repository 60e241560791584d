using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Hitl.Deploy.Tests;

/// <summary>deployment-settings.sh: the `pac solution create-settings` file, generated from solution/ without pac.</summary>
public sealed class DeploymentSettingsTests(TempFolder folder) : IClassFixture<TempFolder>
{
    [Fact]
    public void Every_environment_variable_definition_appears_once_with_an_empty_value()
    {
        var settings = Generate();

        var expected = Directory.GetFiles(Path.Combine(Repo.Solution, "environmentvariabledefinitions"), "environmentvariabledefinition.xml", SearchOption.AllDirectories)
            .Select(file => (string)XDocument.Load(file).Root!.Attribute("schemaname")!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var variables = settings["EnvironmentVariables"]!.AsArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, variables.Select(v => (string)v!["SchemaName"]!));
        Assert.All(variables, v => Assert.Equal("", (string)v!["Value"]!));
    }

    [Fact]
    public void Every_connection_reference_appears_with_its_connector_and_an_empty_connection()
    {
        var settings = Generate();

        var expected = XDocument.Load(Path.Combine(Repo.Solution, "Other", "Customizations.xml")).Descendants("connectionreference")
            .Select(r => ((string)r.Attribute("connectionreferencelogicalname")!, r.Element("connectorid")!.Value))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
        var references = settings["ConnectionReferences"]!.AsArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, references.Select(r => ((string)r!["LogicalName"]!, (string)r!["ConnectorId"]!)));
        Assert.All(references, r => Assert.Equal("", (string)r!["ConnectionId"]!));
    }

    [Fact]
    public void Values_an_admin_filled_in_survive_regeneration_and_removed_entries_go()
    {
        var file = Path.Combine(folder.Path, "prod.json");
        var first = Generate(file);
        var variable = (string)first["EnvironmentVariables"]![0]!["SchemaName"]!;
        var reference = (string)first["ConnectionReferences"]![0]!["LogicalName"]!;
        first["EnvironmentVariables"]![0]!["Value"] = "48";
        first["EnvironmentVariables"]!.AsArray().Add(new JsonObject { ["SchemaName"] = "hitl_NoLongerInTheSolution", ["Value"] = "x" });
        first["ConnectionReferences"]![0]!["ConnectionId"] = "shared-connection-id";
        File.WriteAllText(file, first.ToJsonString());

        var second = Generate(file);

        Assert.Equal("48", (string)second["EnvironmentVariables"]!.AsArray().Single(v => (string)v!["SchemaName"]! == variable)!["Value"]!);
        Assert.Equal("shared-connection-id", (string)second["ConnectionReferences"]!.AsArray().Single(r => (string)r!["LogicalName"]! == reference)!["ConnectionId"]!);
        Assert.DoesNotContain(second["EnvironmentVariables"]!.AsArray(), v => (string)v!["SchemaName"]! == "hitl_NoLongerInTheSolution");
    }

    [Fact]
    public void A_settings_file_that_is_not_json_is_reported_not_overwritten()
    {
        var file = Path.Combine(folder.Path, "broken.json");
        File.WriteAllText(file, "{ not json");

        var result = Script.Run("deployment-settings.sh", "--out", folder.Path, "--file", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("is not valid JSON", result.Error);
        Assert.Equal("{ not json", File.ReadAllText(file));
    }

    private JsonNode Generate(string? file = null)
    {
        var arguments = new List<string> { "--out", folder.Path };
        if (file is not null)
        {
            arguments.AddRange(["--file", file]);
        }

        var result = Script.Run("deployment-settings.sh", [.. arguments]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(File.ReadAllText(file ?? Path.Combine(folder.Path, "deploymentSettings.json")))!;
    }
}
