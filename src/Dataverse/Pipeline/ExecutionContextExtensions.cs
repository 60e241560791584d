using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Pipeline;

/// <summary>Typed access to the pipeline's parameters and images, with messages that say what is wrong.</summary>
public static class ExecutionContextExtensions
{
    public const string PreImageAlias = "PreImage";
    public const string PostImageAlias = "PostImage";

    /// <summary>InputParameters["Target"] as a row (Create, Update).</summary>
    public static Entity GetTargetEntity(this IExecutionContext context)
    {
        return context.InputParameters.TryGetValue("Target", out var value) && value is Entity entity
            ? entity
            : throw new InvalidPluginExecutionException($"{context.MessageName} of {context.PrimaryEntityName} carries no Target row; the step is registered on the wrong message.");
    }

    /// <summary>The registered pre-image; a missing one is a registration error, not an empty row.</summary>
    public static Entity GetPreImage(this IExecutionContext context, string alias = PreImageAlias)
    {
        return context.PreEntityImages.TryGetValue(alias, out var image) && image != null
            ? image
            : throw new InvalidPluginExecutionException($"The step for {context.MessageName} of {context.PrimaryEntityName} has no pre-image '{alias}'; register it in the solution.");
    }

    public static Entity GetPostImage(this IExecutionContext context, string alias = PostImageAlias)
    {
        return context.PostEntityImages.TryGetValue(alias, out var image) && image != null
            ? image
            : throw new InvalidPluginExecutionException($"The step for {context.MessageName} of {context.PrimaryEntityName} has no post-image '{alias}'; register it in the solution.");
    }

    /// <summary>The row as it will be after the update: the pre-image overlaid with the Target's columns.</summary>
    public static Entity Merge(this Entity preImage, Entity target)
    {
        var merged = new Entity(target.LogicalName, target.Id);
        foreach (var column in preImage.Attributes)
        {
            merged[column.Key] = column.Value;
        }

        foreach (var column in target.Attributes)
        {
            merged[column.Key] = column.Value;
        }

        return merged;
    }
}
