using Hitl.Emulator.Metadata;

namespace Hitl.Emulator.Pipeline;

/// <summary>An async step queued as a System Job with the context as it stood after the sync steps.</summary>
internal sealed record AsyncJob(StepRegistration Step, PluginContext Context);
