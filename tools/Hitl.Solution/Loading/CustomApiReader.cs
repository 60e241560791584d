using System.Xml.Linq;
using Hitl.Dataverse.CustomApis;

namespace Hitl.Solution.Loading;

/// <summary>customapis/&lt;uniquename&gt;/customapi.xml with customapirequestparameters/ and customapiresponseproperties/.</summary>
internal static class CustomApiReader
{
    public static IReadOnlyDictionary<string, CustomApiDefinition> Read(SolutionFolder folder)
    {
        var result = new Dictionary<string, CustomApiDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in folder.Directories("customapis"))
        {
            var path = Path.Combine(directory, "customapi.xml");
            if (!File.Exists(path))
            {
                throw new SolutionLoadException(folder.Relative(directory), "folder has no customapi.xml.");
            }

            var api = ReadApi(folder, path, directory);
            if (!result.TryAdd(api.UniqueName, api))
            {
                throw new SolutionLoadException(api.SourceFile, $"custom API '{api.UniqueName}' is defined twice.");
            }
        }

        return result;
    }

    private static CustomApiDefinition ReadApi(SolutionFolder folder, string path, string directory)
    {
        var file = folder.Relative(path);
        var root = folder.LoadXml(path, "customapi");
        var uniqueName = root.RequiredAttribute("uniquename", file);
        var binding = Code<CustomApiBindingType>(root, "bindingtype", file, "0 Global, 1 Entity, 2 EntityCollection");
        var stepType = Code<CustomApiProcessingStepType>(root, "allowedcustomprocessingsteptype", file, "0 None, 1 Async only, 2 Sync and async");

        var pluginTypeElement = root.Element("plugintypeid");
        var pluginTypeText = pluginTypeElement?.Element("plugintypeid")?.Value ?? pluginTypeElement?.Element("plugintypeexportkey")?.Value;
        Guid? pluginTypeId = string.IsNullOrWhiteSpace(pluginTypeText) ? null : Xml.ParseGuid(pluginTypeText, "<plugintypeid>", file, pluginTypeElement);

        var parameters = folder.Directories(Path.Combine(folder.Relative(directory), "customapirequestparameters"))
            .Select(d => ReadParameter(folder, d))
            .ToArray();
        var properties = folder.Directories(Path.Combine(folder.Relative(directory), "customapiresponseproperties"))
            .Select(d => ReadProperty(folder, d))
            .ToArray();

        return new CustomApiDefinition
        {
            UniqueName = uniqueName,
            Name = root.Text("name") ?? uniqueName,
            DisplayName = root.Element("displayname").Label(),
            Description = root.Element("description").Label(),
            BindingType = binding,
            BoundEntityLogicalName = NullIfEmpty(root.Text("boundentitylogicalname")),
            IsFunction = root.Flag("isfunction", file),
            IsPrivate = root.Flag("isprivate", file),
            AllowedCustomProcessingStepType = stepType,
            ExecutePrivilegeName = NullIfEmpty(root.Text("executeprivilegename")),
            PluginTypeId = pluginTypeId,
            WorkflowSdkStepEnabled = root.Flag("workflowsdkstepenabled", file),
            RequestParameters = parameters,
            ResponseProperties = properties,
            SourceFile = file,
        };
    }

    private static CustomApiRequestParameter ReadParameter(SolutionFolder folder, string directory)
    {
        var path = Path.Combine(directory, "customapirequestparameter.xml");
        var file = folder.Relative(path);
        if (!File.Exists(path))
        {
            throw new SolutionLoadException(folder.Relative(directory), "folder has no customapirequestparameter.xml.");
        }

        var root = folder.LoadXml(path, "customapirequestparameter");
        var uniqueName = root.RequiredAttribute("uniquename", file);
        return new CustomApiRequestParameter(
            uniqueName,
            root.Text("name") ?? uniqueName,
            root.Element("displayname").Label(),
            root.Element("description").Label(),
            FieldType(root, file, uniqueName),
            root.Flag("isoptional", file),
            NullIfEmpty(root.Text("logicalentityname")));
    }

    private static CustomApiResponseProperty ReadProperty(SolutionFolder folder, string directory)
    {
        var path = Path.Combine(directory, "customapiresponseproperty.xml");
        var file = folder.Relative(path);
        if (!File.Exists(path))
        {
            throw new SolutionLoadException(folder.Relative(directory), "folder has no customapiresponseproperty.xml.");
        }

        var root = folder.LoadXml(path, "customapiresponseproperty");
        var uniqueName = root.RequiredAttribute("uniquename", file);
        if (root.Element("isoptional") is not null)
        {
            throw new SolutionLoadException(file, $"response property '{uniqueName}' carries <isoptional>; response properties have no such column and the import fails.");
        }

        return new CustomApiResponseProperty(
            uniqueName,
            root.Text("name") ?? uniqueName,
            root.Element("displayname").Label(),
            root.Element("description").Label(),
            FieldType(root, file, uniqueName),
            NullIfEmpty(root.Text("logicalentityname")));
    }

    private static CustomApiFieldType FieldType(XElement root, string file, string name)
    {
        var code = root.RequiredInt("type", file);
        return Enum.IsDefined(typeof(CustomApiFieldType), code)
            ? (CustomApiFieldType)code
            : throw new SolutionLoadException(file, $"'{name}' has <type> {code}; custom API types are 0 Boolean ... 12 Guid.");
    }

    private static T Code<T>(XElement root, string element, string file, string allowed)
        where T : struct, Enum
    {
        var code = root.Int(element, file) ?? 0;
        return Enum.IsDefined(typeof(T), code)
            ? (T)(object)code
            : throw new SolutionLoadException(file, $"<{element}> {code} is not one of {allowed}.");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
