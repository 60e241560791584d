using System.Text.Json.Nodes;
using Hitl.Solution;

namespace Hitl.Deploy;

/// <summary>One Web API request of the bind step; <c>{plugintype:…}</c>, <c>{sdkmessagefilter:…}</c> and <c>{customapi:…}</c> are looked up first.</summary>
internal sealed record BindRequest(string Method, string Path, JsonObject Body);

/// <summary>
/// What pac-scripts/bind does after the solution import, derived from the repository's declarations
/// (plugin-registrations/, loaded and validated by tools/Hitl.Solution like the emulator does): upsert each step
/// of a package type under its declared id, upsert its images, and point each custom API at its plug-in type.
/// The ids Dataverse generates when it imports the package (plug-in types, message filters, custom APIs) are
/// placeholders, resolved in the target environment by <see cref="DataverseBinder"/>.
/// </summary>
internal sealed record BindPlan(string SolutionUniqueName, string Package, IReadOnlyList<string> Assemblies, IReadOnlyList<BindRequest> Requests)
{
    public static BindPlan From(string solutionFolder, string registrationsFolder)
    {
        SolutionModel model;
        try
        {
            model = SolutionModel.Load(solutionFolder, registrationsFolder);
        }
        catch (SolutionLoadException ex)
        {
            throw new DeployException(ex.Message);
        }

        var package = model.PluginPackages.Where(p => p.AssemblyNames.Count > 0).ToList();
        if (package.Count != 1)
        {
            throw new DeployException($"expected one plug-in package with registrations, found {package.Count}.");
        }

        var requests = new List<BindRequest>();
        foreach (var step in model.Steps.Where(s => s.PluginTypeId is null).OrderBy(s => s.Id))
        {
            requests.Add(new BindRequest("PATCH", $"sdkmessageprocessingsteps({step.Id:D})", StepBody(step)));
            foreach (var image in step.Images.OrderBy(i => i.Id))
            {
                requests.Add(new BindRequest("PATCH", $"sdkmessageprocessingstepimages({image.Id:D})", new JsonObject
                {
                    ["name"] = image.Name,
                    ["entityalias"] = image.EntityAlias,
                    ["imagetype"] = (int)image.ImageType,
                    ["messagepropertyname"] = image.MessagePropertyName,
                    ["attributes"] = string.Join(",", image.Attributes),
                    ["sdkmessageprocessingstepid@odata.bind"] = $"/sdkmessageprocessingsteps({step.Id:D})",
                }));
            }
        }

        foreach (var api in model.CustomApis.Values.Where(a => a.PluginTypeId is null && a.PluginTypeName is not null).OrderBy(a => a.UniqueName, StringComparer.Ordinal))
        {
            requests.Add(new BindRequest("PATCH", $"customapis({{customapi:{api.UniqueName}}})", new JsonObject
            {
                ["PluginTypeId@odata.bind"] = $"/plugintypes({{plugintype:{PluginTypeNames.TypeName(api.PluginTypeName!)}}})",
            }));
        }

        return new BindPlan(model.Manifest.UniqueName, package[0].UniqueName, package[0].AssemblyNames, requests);
    }

    public JsonObject ToJson() => new()
    {
        ["solution"] = SolutionUniqueName,
        ["pluginpackage"] = Package,
        ["assemblies"] = new JsonArray(Assemblies.Select(a => (JsonNode)a).ToArray()),
        ["requests"] = new JsonArray(Requests.Select(r => (JsonNode)new JsonObject
        {
            ["method"] = r.Method,
            ["path"] = r.Path,
            ["body"] = r.Body.DeepClone(),
        }).ToArray()),
    };

    private static JsonObject StepBody(StepDefinition step)
    {
        var body = new JsonObject
        {
            ["name"] = step.Name,
            ["description"] = step.Description,
            ["stage"] = (int)step.Stage,
            ["mode"] = (int)step.Mode,
            ["rank"] = step.Rank,
            ["asyncautodelete"] = step.AsyncAutoDelete,
            ["supporteddeployment"] = 0,
            ["filteringattributes"] = string.Join(",", step.FilteringAttributes),
            ["configuration"] = step.UnsecureConfiguration,
            ["eventhandler_plugintype@odata.bind"] = $"/plugintypes({{plugintype:{step.PluginTypeFullName}}})",
            ["sdkmessageid@odata.bind"] = $"/sdkmessages({step.MessageId:D})",
        };
        if (step.PrimaryEntity is not null)
        {
            body["sdkmessagefilterid@odata.bind"] = $"/sdkmessagefilters({{sdkmessagefilter:{step.MessageId:D}/{step.PrimaryEntity}}})";
        }

        if (step.SecureConfiguration is not null)
        {
            // A secure configuration is its own row; the repository's steps carry none, so it is refused rather than dropped.
            throw new DeployException($"{step.SourceFile}: step '{step.Name}' has a secure configuration, which bind does not create.");
        }

        return body;
    }
}
