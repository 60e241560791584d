using System.Reflection;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Dataverse.CustomApis;

/// <summary>
/// Main-operation plug-in of a custom API. The class declares its API and contract with attributes; the
/// request it gets only reads declared parameters and the response only takes declared properties, so the
/// contract checked against solution/ is the contract the code really uses.
/// </summary>
public abstract class CustomApiPlugin : PluginBase
{
    protected CustomApiPlugin()
    {
        var type = GetType();
        var api = type.GetCustomAttribute<CustomApiAttribute>()
            ?? throw new InvalidOperationException($"{type.FullName} must declare [CustomApi(\"<uniquename>\")].");
        UniqueName = api.UniqueName;
        RequestParameters = type.GetCustomAttributes<CustomApiRequestParameterAttribute>().ToDictionary(p => p.UniqueName, StringComparer.Ordinal);
        ResponseProperties = type.GetCustomAttributes<CustomApiResponsePropertyAttribute>().ToDictionary(p => p.UniqueName, StringComparer.Ordinal);
        On(PipelineStage.MainOperation, UniqueName, null, context => Execute(new CustomApiRequest(context, this)));
    }

    public string UniqueName { get; }

    public IReadOnlyDictionary<string, CustomApiRequestParameterAttribute> RequestParameters { get; }

    public IReadOnlyDictionary<string, CustomApiResponsePropertyAttribute> ResponseProperties { get; }

    protected abstract void Execute(CustomApiRequest request);
}
