using Hitl.Dataverse.Pipeline;

namespace Hitl.Solution.Validation;

/// <summary>
/// Rejects step registrations Dataverse itself would reject at registration or import time
/// (pipeline-semantics.md §1-§3, §7), so a bad step fails the build instead of the deployment.
/// </summary>
internal static class RegistrationValidator
{
    private static readonly PipelineStage[] RegistrableStages = { PipelineStage.PreValidation, PipelineStage.PreOperation, PipelineStage.PostOperation };

    public static void Validate(IReadOnlyList<StepDefinition> steps, IReadOnlyDictionary<string, TableDefinition> tables,
        IReadOnlyList<PluginAssemblyDefinition> assemblies, IReadOnlyList<PluginPackageDefinition> packages, SdkMessageCatalog messages)
    {
        var pluginTypes = assemblies.SelectMany(a => a.PluginTypes).ToDictionary(t => t.Id);
        var packagedAssemblies = packages.SelectMany(p => p.AssemblyNames).ToHashSet(StringComparer.Ordinal);
        foreach (var duplicate in steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            throw new SolutionLoadException(duplicate.Last().SourceFile, $"step id {duplicate.Key} is also used by {duplicate.First().SourceFile}.");
        }

        foreach (var step in steps)
        {
            ValidatePluginType(step, pluginTypes, packagedAssemblies);
            ValidateStep(step, tables, messages.Get(step.MessageName));
        }
    }

    private static void ValidatePluginType(StepDefinition step, IReadOnlyDictionary<Guid, PluginTypeDefinition> pluginTypes, ISet<string> packagedAssemblies)
    {
        var file = step.SourceFile;
        if (step.PluginTypeId is not { } pluginTypeId)
        {
            if (!packagedAssemblies.Contains(step.PluginAssemblyName))
            {
                throw new SolutionLoadException(file, $"step '{step.Name}' names assembly '{step.PluginAssemblyName}' in <PluginTypeName>, which no plug-in package of PluginRegistrations.xml lists.");
            }

            return;
        }

        if (!pluginTypes.TryGetValue(pluginTypeId, out var pluginType))
        {
            throw new SolutionLoadException(file, $"step '{step.Name}' has <PluginTypeId> {pluginTypeId}, which no PluginAssemblies/*/*.dll.data.xml declares.");
        }

        if (!string.Equals(step.PluginTypeFullName, pluginType.Name, StringComparison.Ordinal))
        {
            throw new SolutionLoadException(file, $"step '{step.Name}' has <PluginTypeName> '{step.PluginTypeFullName}' but <PluginTypeId> {pluginTypeId} is '{pluginType.Name}'.");
        }
    }

    private static void ValidateStep(StepDefinition step, IReadOnlyDictionary<string, TableDefinition> tables, SdkMessageInfo message)
    {
        var file = step.SourceFile;
        if (!RegistrableStages.Contains(step.Stage))
        {
            throw new SolutionLoadException(file, $"step '{step.Name}' has <Stage> {(int)step.Stage}; steps register at 10 (PreValidation), 20 (PreOperation) or 40 (PostOperation).");
        }

        if (step.Mode is not (StepMode.Synchronous or StepMode.Asynchronous))
        {
            throw new SolutionLoadException(file, $"step '{step.Name}' has <Mode> {(int)step.Mode}; expected 0 (synchronous) or 1 (asynchronous).");
        }

        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new SolutionLoadException(file, $"step '{step.Name}' is asynchronous (Mode 1) at stage {(int)step.Stage}; asynchronous steps must be PostOperation (40).");
        }

        TableDefinition? table = null;
        if (step.PrimaryEntity is null)
        {
            if (!message.RegisteredWithoutPrimaryEntity)
            {
                throw new SolutionLoadException(file, $"step '{step.Name}' on {message.Name} has no <PrimaryEntity>.");
            }
        }
        else if (!tables.TryGetValue(step.PrimaryEntity, out table))
        {
            throw new SolutionLoadException(file, $"step '{step.Name}' is registered on table '{step.PrimaryEntity}', which is neither in the solution nor in the system-table metadata.");
        }
        else if (!table.SupportsMessage(message.Name))
        {
            throw new SolutionLoadException(file, $"step '{step.Name}': table '{table.LogicalName}' does not support message {message.Name} (supported: {string.Join(", ", table.SupportedMessages.Order())}).");
        }

        if (table is not null)
        {
            foreach (var attribute in step.FilteringAttributes.Where(a => !table.HasColumn(a)))
            {
                throw new SolutionLoadException(file, $"step '{step.Name}' filters on '{attribute}', which is not a column of '{table.LogicalName}'.");
            }
        }

        foreach (var image in step.Images)
        {
            ValidateImage(step, image, message, table, file);
        }
    }

    private static void ValidateImage(StepDefinition step, StepImageDefinition image, SdkMessageInfo message, TableDefinition? table, string file)
    {
        var subject = $"step '{step.Name}' image '{image.Name}'";
        if (!message.TakesImages)
        {
            throw new SolutionLoadException(file, $"{subject}: message {message.Name} does not support entity images.");
        }

        if (image.IsPreImage && !message.AllowsPreImage)
        {
            throw new SolutionLoadException(file, $"{subject}: {message.Name} has no pre image (the record does not exist yet).");
        }

        if (image.IsPostImage && !message.AllowsPostImage)
        {
            throw new SolutionLoadException(file, $"{subject}: {message.Name} has no post image (the record no longer exists).");
        }

        if (image.IsPostImage && step.Stage != PipelineStage.PostOperation)
        {
            throw new SolutionLoadException(file, $"{subject}: post images are only available to PostOperation (40) steps, not stage {(int)step.Stage}.");
        }

        if (!message.ImagePropertyNames.Contains(image.MessagePropertyName, StringComparer.OrdinalIgnoreCase))
        {
            throw new SolutionLoadException(file, $"{subject}: <MessagePropertyName> '{image.MessagePropertyName}' is wrong for {message.Name}; use {string.Join(" or ", message.ImagePropertyNames)}.");
        }

        if (table is not null)
        {
            foreach (var attribute in image.Attributes.Where(a => !table.HasColumn(a)))
            {
                throw new SolutionLoadException(file, $"{subject} lists '{attribute}', which is not a column of '{table.LogicalName}'.");
            }
        }
    }
}
