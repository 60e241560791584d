namespace Hitl.Dataverse.Pipeline;

/// <summary>IPluginExecutionContext.Stage values.</summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    MainOperation = 30,
    PostOperation = 40,
}
