using Hitl.Emulator;
using Hitl.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Hitl.Testing;

/// <summary>
/// Impersonation as Dataverse does it (Learn, "Impersonate a user"): code of another solution in the organization
/// creates a service for user X (IOrganizationServiceFactory.CreateOrganizationService(X)) while user Y's operation
/// runs, so the nested operation has UserId = X and InitiatingUserId = Y. The emulator is the product's solution
/// plus one such step, on Update of lead; the lead's description says what to do as whom.
/// </summary>
internal static class OnBehalfOf
{
    private static readonly Lazy<DataverseEmulator> Template = new(() =>
    {
        var product = SolutionMetadataMapper.Map(Hitl.Solution.SolutionModel.Load(ProductEmulator.SolutionFolder));
        var step = new StepRegistration(new Guid("5e1f0c2a-6d3b-4a8e-9f10-0b1c2d3e4f50"), "Test: act on behalf of another user on Update of lead",
            "Update", "lead", 40, 0, typeof(ActOnBehalfOfPlugin).AssemblyQualifiedName!);
        var metadata = new EmulatorMetadata(product.Tables, product.Relationships, product.Steps.Append(step), product.CustomApis,
            product.EnvironmentVariables, product.Roles);
        return DataverseEmulator.Create(metadata, new EmulatorOptions { Seed = 2026 });
    });

    public static ApprovalWorld NewWorld() => new(Template.Value.Clone());

    /// <summary>As <paramref name="initiator"/>, saves the lead; the test step then decides the approval on the form as <paramref name="actAs"/>.</summary>
    public static void DecideOnFormAs(this ApprovalWorld world, Guid initiator, Guid actAs, Guid approvalId) =>
        Trigger(world, initiator, $"form|{approvalId:D}|{actAs:D}");

    /// <summary>As <paramref name="initiator"/>, saves the lead; the test step then calls hitl_SubmitApprovalDecision as <paramref name="actAs"/>.</summary>
    public static void SubmitAs(this ApprovalWorld world, Guid initiator, Guid actAs, Guid approvalId) =>
        Trigger(world, initiator, $"api|{approvalId:D}|{actAs:D}");

    private static void Trigger(ApprovalWorld world, Guid initiator, string instruction) =>
        world.As(initiator).Update(new Entity("lead", world.LeadId) { ["description"] = instruction });
}

/// <summary>The other solution's plug-in: approves the approval named in the lead's description as the user named there.</summary>
public sealed class ActOnBehalfOfPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var target = (Entity)context.InputParameters["Target"];
        var parts = (target.GetAttributeValue<string>("description") ?? string.Empty).Split('|');
        if (parts.Length != 3) return;

        var approvalId = Guid.Parse(parts[1]);
        var service = factory.CreateOrganizationService(Guid.Parse(parts[2]));
        if (parts[0] == "form")
        {
            service.Update(new Entity("hitl_approval", approvalId) { ["hitl_decision"] = new OptionSetValue((int)Hitl.Core.Approvals.ApprovalDecision.Approve) });
        }
        else
        {
            service.Execute(new OrganizationRequest("hitl_SubmitApprovalDecision") { ["ApprovalId"] = approvalId, ["Decision"] = "Approve" });
        }
    }
}
