using Hitl.Benchmarks.Pipeline;
using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Benchmarks.Queries;

/// <summary>
/// 10,000 approvals created and decided through the shipped pipeline (so the rows are what the product
/// writes): four approval types for each of 2,500 leads, one created a minute so due dates spread over a
/// week; then 30% approved, 10% rejected with a reason and 5% cancelled by the requester.
/// </summary>
internal static class ApprovalPopulation
{
    public const int Approvals = 10_000;

    private static readonly ApprovalType[] Types =
        { ApprovalType.LeadReview, ApprovalType.ScoreOverride, ApprovalType.ConsentException, ApprovalType.BiasReview };

    public static SalesOrganization Create()
    {
        var organization = SalesOrganization.Create(leads: Approvals / Types.Length);
        var requester = organization.As(organization.Requester);
        var owner = organization.As(organization.Owner);
        var ownerReference = new EntityReference("systemuser", organization.Owner);
        var random = new Random(17);

        for (var i = 0; i < Approvals; i++)
        {
            var lead = organization.Leads[i % organization.Leads.Count];
            var id = requester.Create(SalesOrganization.NewApproval(lead, ownerReference, Types[i / organization.Leads.Count]));
            organization.Emulator.Clock.Advance(TimeSpan.FromMinutes(1));

            var roll = random.Next(100);
            if (roll < 30) owner.Update(SalesOrganization.Decision(id, ApprovalDecision.Approve));
            else if (roll < 40) owner.Update(SalesOrganization.Decision(id, ApprovalDecision.Reject, "DataQuality", "The budget is not confirmed."));
            else if (roll < 45) requester.Update(new Entity("hitl_approval", id) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });
        }

        // Seeding is not measured; the log would only grow.
        organization.Emulator.ClearExecutionLog();
        return organization;
    }
}
