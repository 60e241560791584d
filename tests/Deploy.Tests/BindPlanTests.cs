using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Hitl.Deploy.Tests;

/// <summary>
/// bind.sh --plan: the Web API requests the post-import bind step sends, checked against the declarations in
/// plugin-registrations/ read here directly (not through the loader the tool uses).
/// </summary>
[Collection(PackedCollection.Name)]
public sealed class BindPlanTests(PackedOutput packed)
{
    private static readonly string Registrations = Path.Combine(Repo.Root, "plugin-registrations");

    private JsonObject Plan()
    {
        var result = Script.Run("bind.sh", "--plan", "--out", packed.Out);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Output)!.AsObject();
    }

    private static IEnumerable<XElement> DeclaredSteps() =>
        Directory.GetFiles(Path.Combine(Registrations, "SdkMessageProcessingSteps"), "*.xml").Select(f => XDocument.Load(f).Root!);

    private static JsonObject Request(JsonObject plan, string path) =>
        plan["requests"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string)r["path"]! == path)["body"]!.AsObject();

    [Fact]
    public void Every_declared_step_is_upserted_under_its_id_with_its_message_stage_mode_and_type()
    {
        var plan = Plan();
        var steps = DeclaredSteps().ToList();
        Assert.NotEmpty(steps);
        Assert.Equal(steps.Count, plan["requests"]!.AsArray().Count(r => ((string)r!["path"]!).StartsWith("sdkmessageprocessingsteps(", StringComparison.Ordinal)));
        foreach (var step in steps)
        {
            var id = Guid.Parse((string)step.Attribute("SdkMessageProcessingStepId")!);
            var body = Request(plan, $"sdkmessageprocessingsteps({id:D})");
            var message = Guid.Parse(step.Element("SdkMessageId")!.Value);
            var type = step.Element("PluginTypeName")!.Value.Split(',')[0].Trim();

            Assert.Equal((string)step.Attribute("Name")!, (string)body["name"]!);
            Assert.Equal(int.Parse(step.Element("Stage")!.Value), (int)body["stage"]!);
            Assert.Equal(int.Parse(step.Element("Mode")!.Value), (int)body["mode"]!);
            Assert.Equal(int.Parse(step.Element("Rank")!.Value), (int)body["rank"]!);
            Assert.Equal(step.Element("FilteringAttributes")!.Value, (string)body["filteringattributes"]!);
            Assert.Equal($"/sdkmessages({message:D})", (string)body["sdkmessageid@odata.bind"]!);
            Assert.Equal($"/plugintypes({{plugintype:{type}}})", (string)body["eventhandler_plugintype@odata.bind"]!);
            Assert.Equal($"/sdkmessagefilters({{sdkmessagefilter:{message:D}/{step.Element("PrimaryEntity")!.Value}}})", (string)body["sdkmessagefilterid@odata.bind"]!);
        }
    }

    [Fact]
    public void Every_declared_image_is_upserted_on_its_step()
    {
        var plan = Plan();
        var images = DeclaredSteps()
            .SelectMany(s => s.Descendants("SdkMessageProcessingStepImage").Select(i => (Step: Guid.Parse((string)s.Attribute("SdkMessageProcessingStepId")!), Image: i)))
            .ToList();
        Assert.NotEmpty(images);
        foreach (var (step, image) in images)
        {
            var body = Request(plan, $"sdkmessageprocessingstepimages({Guid.Parse(image.Element("SdkMessageProcessingStepImageId")!.Value):D})");
            Assert.Equal(image.Element("Attributes")!.Value, (string)body["attributes"]!);
            Assert.Equal(int.Parse(image.Element("ImageType")!.Value), (int)body["imagetype"]!);
            Assert.Equal(image.Element("EntityAlias")!.Value, (string)body["entityalias"]!);
            Assert.Equal($"/sdkmessageprocessingsteps({step:D})", (string)body["sdkmessageprocessingstepid@odata.bind"]!);
        }
    }

    [Fact]
    public void Every_custom_api_is_pointed_at_its_declared_plugin_type_and_the_package_is_named()
    {
        var plan = Plan();
        var declared = XDocument.Load(Path.Combine(Registrations, "PluginRegistrations.xml")).Root!;
        var apis = declared.Descendants("CustomApi").ToList();
        Assert.NotEmpty(apis);
        foreach (var api in apis)
        {
            var body = Request(plan, $"customapis({{customapi:{(string)api.Attribute("uniquename")!}}})");
            Assert.Equal($"/plugintypes({{plugintype:{((string)api.Attribute("plugintypename")!).Split(',')[0]}}})", (string)body["PluginTypeId@odata.bind"]!);
        }

        Assert.Equal((string)declared.Element("PluginPackage")!.Attribute("uniquename")!, (string)plan["pluginpackage"]!);
        Assert.Equal("HitlSales", (string)plan["solution"]!);
    }

    [Fact]
    public void Bind_without_an_environment_is_a_usage_error()
    {
        var result = Script.Run("bind.sh", "--out", packed.Out);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--environment is required", result.Error);
    }
}
