using Hitl.Dataverse.Leads;
using Hitl.Emulator;
using Hitl.Emulator.Metadata;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>
/// Stands in for the lead step's rule that clients cannot write scoring columns: it refuses such an Update unless it
/// is a <see cref="ProductScoringWrite"/>. Added to the product's registrations on a test emulator.
/// </summary>
public sealed class ScoringColumnGuard : IPlugin
{
    public const string Refusal = "Scoring columns are written by HITL Sales only.";

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var target = (Entity)context.InputParameters["Target"];
        if (LeadSchema.ScoringColumns.Any(target.Contains) && !ProductScoringWrite.IsProductWrite(context))
        {
            throw new InvalidPluginExecutionException(Refusal);
        }
    }

    /// <summary>The product emulator with this guard on PreOperation Update of lead.</summary>
    public static DataverseEmulator Emulator()
    {
        var product = ProductEmulator.New().Metadata;
        var guard = new StepRegistration(Guid.NewGuid(), "Test: scoring column guard", "Update", "lead", 20, 0, $"{typeof(ScoringColumnGuard).FullName}, {typeof(ScoringColumnGuard).Assembly.GetName().Name}");
        var metadata = new EmulatorMetadata(product.Tables, product.Relationships, product.Steps.Append(guard), product.CustomApis, product.EnvironmentVariables, product.Roles);
        return DataverseEmulator.Create(metadata, new EmulatorOptions { Seed = 2026 });
    }
}
