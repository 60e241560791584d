using System.Reflection;
using Hitl.Core.Configuration;
using Hitl.CustomApis.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Pipeline;
using Hitl.Plugins.Approvals;

namespace Hitl.Solution.Tests;

/// <summary>
/// What the code reads and handles is what the solution defines: environment variables, custom API
/// contracts and the events each plug-in class declares.
/// </summary>
public class CodeConsistencyTests(RealSolution solution) : IClassFixture<RealSolution>
{
    private static readonly Assembly[] ShippedAssemblies = { typeof(ApprovalLifecycle).Assembly, typeof(SubmitApprovalDecision).Assembly };

    private static IEnumerable<Type> PluginClasses => ShippedAssemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => typeof(PluginBase).IsAssignableFrom(t) && !t.IsAbstract);

    [Fact]
    public void Every_setting_the_code_reads_is_defined_with_the_same_type_and_default()
    {
        var problems = new List<string>();
        foreach (var setting in HitlSettings.All)
        {
            if (!solution.Model.EnvironmentVariables.TryGetValue(setting.SchemaName, out var defined))
            {
                problems.Add($"{setting.SchemaName}: read by the code but not defined under environmentvariabledefinitions/");
                continue;
            }

            if (defined.Type != setting.Type) problems.Add($"{setting.SchemaName}: type {defined.Type} in the solution, {setting.Type} in the code");
            if ((defined.DefaultValue ?? "") != setting.DefaultValue) problems.Add($"{setting.SchemaName}: default '{defined.DefaultValue}' in the solution, '{setting.DefaultValue}' in the code");
        }

        RealSolution.AssertNone(problems, "Environment variables out of step with HitlSettings");
    }

    [Fact]
    public void Every_shipped_default_parses()
    {
        foreach (var setting in HitlSettings.All)
        {
            var defined = solution.Model.EnvironmentVariables[setting.SchemaName];
            setting.ParseUntyped(defined.DefaultValue ?? "");
        }
    }

    [Fact]
    public void Every_environment_variable_in_the_solution_is_read_by_the_code()
    {
        var read = HitlSettings.All.Select(s => s.SchemaName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        RealSolution.AssertNone(
            solution.Model.EnvironmentVariables.Keys.Where(k => !read.Contains(k)).Select(k => $"{k}: defined but never read (an admin would tune it for nothing)"),
            "Unused environment variables");
    }

    [Fact]
    public void Every_custom_api_handler_matches_its_definition()
    {
        var problems = new List<string>();
        foreach (var type in PluginClasses.Where(t => typeof(CustomApiPlugin).IsAssignableFrom(t)))
        {
            var handler = (CustomApiPlugin)Activator.CreateInstance(type)!;
            if (!solution.Model.CustomApis.TryGetValue(handler.UniqueName, out var api))
            {
                problems.Add($"{type.Name}: implements {handler.UniqueName}, which is not under customapis/");
                continue;
            }

            var registered = api.PluginTypeName is { } name ? PluginTypeNames.TypeName(name) : null;
            if (registered != type.FullName) problems.Add($"{api.UniqueName}: bound to plug-in type {registered ?? "nothing"}, not {type.FullName}");

            var declaredIn = handler.RequestParameters.Values.Select(p => $"{p.UniqueName}:{p.Type}:{(p.IsOptional ? "optional" : "required")}").OrderBy(x => x);
            var definedIn = api.RequestParameters.Select(p => $"{p.UniqueName}:{p.Type}:{(p.IsOptional ? "optional" : "required")}").OrderBy(x => x);
            if (!declaredIn.SequenceEqual(definedIn))
            {
                problems.Add($"{api.UniqueName} request parameters: code [{string.Join(", ", declaredIn)}], solution [{string.Join(", ", definedIn)}]");
            }

            var declaredOut = handler.ResponseProperties.Values.Select(p => $"{p.UniqueName}:{p.Type}").OrderBy(x => x);
            var definedOut = api.ResponseProperties.Select(p => $"{p.UniqueName}:{p.Type}").OrderBy(x => x);
            if (!declaredOut.SequenceEqual(definedOut))
            {
                problems.Add($"{api.UniqueName} response properties: code [{string.Join(", ", declaredOut)}], solution [{string.Join(", ", definedOut)}]");
            }
        }

        RealSolution.AssertNone(problems, "Custom API contracts out of step with their handlers");
    }

    [Fact]
    public void Every_custom_api_in_the_solution_has_a_handler()
    {
        var handled = PluginClasses.Where(t => typeof(CustomApiPlugin).IsAssignableFrom(t))
            .Select(t => ((CustomApiPlugin)Activator.CreateInstance(t)!).UniqueName)
            .ToHashSet(StringComparer.Ordinal);
        RealSolution.AssertNone(
            solution.Model.CustomApis.Keys.Where(k => !handled.Contains(k)).Select(k => $"{k}: no CustomApiPlugin implements it"),
            "Custom APIs without a handler");
    }

    [Fact]
    public void Every_step_is_an_event_its_plugin_class_handles()
    {
        var problems = new List<string>();
        foreach (var step in solution.Model.Steps)
        {
            var type = PluginClasses.SingleOrDefault(t => t.FullName == step.PluginTypeFullName && t.Assembly.GetName().Name == step.PluginAssemblyName);
            if (type == null)
            {
                problems.Add($"{RealSolution.Relative(step.SourceFile)}: plug-in type {step.PluginTypeName} is not a PluginBase class in the shipped assemblies");
                continue;
            }

            var plugin = (PluginBase)Activator.CreateInstance(type)!;
            if (!plugin.RegisteredEvents.Any(e => e.Matches((int)step.Stage, step.MessageName, step.PrimaryEntity)))
            {
                problems.Add($"{RealSolution.Relative(step.SourceFile)}: {type.Name} does not handle {step.MessageName} of {step.PrimaryEntity} at stage {(int)step.Stage}");
            }
        }

        RealSolution.AssertNone(problems, "Steps the plug-in classes do not handle");
    }

    [Fact]
    public void The_approval_update_steps_capture_every_column_the_rules_compare()
    {
        var problems = new List<string>();
        foreach (var step in solution.Model.Steps.Where(s => s.MessageName == "Update" && s.PrimaryEntity == ApprovalSchema.Table))
        {
            var image = step.Images.SingleOrDefault(i => i.EntityAlias == ExecutionContextExtensions.PreImageAlias && i.IsPreImage);
            var missing = image == null ? ApprovalSchema.ImageColumns : ApprovalSchema.ImageColumns.Except(image.Attributes, StringComparer.OrdinalIgnoreCase).ToArray();
            if (missing.Length > 0) problems.Add($"{RealSolution.Relative(step.SourceFile)}: pre-image lacks {string.Join(", ", missing)}");
        }

        RealSolution.AssertNone(problems, "Approval steps whose pre-image misses columns the plug-in reads");
    }

    [Fact]
    public void Every_event_a_plugin_class_handles_is_registered()
    {
        var problems = new List<string>();
        foreach (var type in PluginClasses.Where(t => !typeof(CustomApiPlugin).IsAssignableFrom(t)))
        {
            var plugin = (PluginBase)Activator.CreateInstance(type)!;
            foreach (var handled in plugin.RegisteredEvents)
            {
                var registered = solution.Model.Steps.Any(s =>
                    s.PluginTypeFullName == type.FullName && handled.Matches((int)s.Stage, s.MessageName, s.PrimaryEntity));
                if (!registered) problems.Add($"{type.Name}: handles {handled} but no step in plugin-registrations/SdkMessageProcessingSteps/ registers it");
            }
        }

        RealSolution.AssertNone(problems, "Handlers that never run because no step registers them");
    }
}
