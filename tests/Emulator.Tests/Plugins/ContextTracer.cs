using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.Plugins;

/// <summary>Writes what it sees to the trace so tests can assert on contexts through the execution log.</summary>
public sealed class ContextTracer : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var trace = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var clock = (TimeProvider?)serviceProvider.GetService(typeof(TimeProvider)) ?? TimeProvider.System;
        trace.Trace("Stage={0};Mode={1};Depth={2};Message={3};Entity={4};InTransaction={5}",
            context.Stage, context.Mode, context.Depth, context.MessageName, context.PrimaryEntityName, context.IsInTransaction);
        trace.Trace("UserId={0};InitiatingUserId={1};CorrelationId={2};PrimaryEntityId={3}",
            context.UserId, context.InitiatingUserId, context.CorrelationId, context.PrimaryEntityId);
        trace.Trace("Shared=" + Keys(context.SharedVariables));
        trace.Trace("ParentShared=" + (context.ParentContext is null ? "(no parent)" : Keys(context.ParentContext.SharedVariables)));
        trace.Trace("ParentMessage=" + (context.ParentContext?.MessageName ?? "(none)"));
        if (context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity)
            trace.Trace("Target=" + string.Join(",", entity.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        foreach (var image in context.PreEntityImages) trace.Trace("Pre:" + image.Key + "=" + Describe(image.Value));
        foreach (var image in context.PostEntityImages) trace.Trace("Post:" + image.Key + "=" + Describe(image.Value));
        trace.Trace("Now=" + clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        context.SharedVariables["seen-" + context.Stage] = true;
    }

    private static string Keys(ParameterCollection collection) =>
        string.Join(",", collection.Keys.OrderBy(k => k, StringComparer.Ordinal));

    private static string Describe(Entity image) =>
        string.Join(",", image.Attributes.Where(a => a.Key != image.LogicalName + "id") // the key is always there
            .OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + ":" + Value(a.Value)));

    private static string Value(object? value) => value switch
    {
        OptionSetValue o => o.Value.ToString(CultureInfo.InvariantCulture),
        Money m => m.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference r => r.LogicalName,
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
