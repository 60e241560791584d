namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext4 : IPluginExecutionContext3, IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
{
    EntityImageCollection[] PreEntityImagesCollection { get; }
    EntityImageCollection[] PostEntityImagesCollection { get; }
}
