using Hitl.Emulator;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>
/// The approval world with lead routing configured: grade B goes to the team "Inside Sales", every other grade has no
/// route. Leads are created by the seller through the organization service, so the shipped lead steps run.
/// </summary>
internal sealed class LeadWorld
{
    public const string InsideSales = "Inside Sales";
    public const int Reviewed = 741200002;
    public const int PendingReview = 741200001;
    public const int RoutedAutomatically = 741200003;
    public const int NotNeeded = 741200000;

    public LeadWorld()
    {
        World = new ApprovalWorld();
        InsideSalesTeam = Emulator.AddTeam(InsideSales, World.TeamMember);
        Emulator.SetEnvironmentVariable("hitl_LeadGradeRoutes", "{\"B\":\"Inside Sales\"}");
    }

    public ApprovalWorld World { get; }

    public DataverseEmulator Emulator => World.Emulator;

    public Guid InsideSalesTeam { get; }

    public IOrganizationService Seller => World.As(World.Seller);

    /// <summary>
    /// Every input of the built-in model present: 30 base + 10 budget 25,000-100,000 + 10 can buy + 15 buying this
    /// quarter = 65, grade B, outside the review band 40-60, not high value: routed automatically to Inside Sales.
    /// </summary>
    public static Entity ClearGradeB() => new("lead")
    {
        ["lastname"] = "Lovelace",
        ["companyname"] = "Analytical Engines",
        ["emailaddress1"] = "ada@engines.test",
        ["telephone1"] = "+44 20 0000 0000",
        ["budgetamount"] = new Money(50000m),
        ["budgetstatus"] = new OptionSetValue(2),
        ["purchasetimeframe"] = new OptionSetValue(0),
        ["decisionmaker"] = false,
        ["leadqualitycode"] = new OptionSetValue(2),
        ["leadsourcecode"] = new OptionSetValue(1),
        ["numberofemployees"] = 100,
    };

    /// <summary>The same lead buying next quarter instead: 65 - 15 + 5 = 55, in the review band.</summary>
    public static Entity InReviewBand()
    {
        var lead = ClearGradeB();
        lead["purchasetimeframe"] = new OptionSetValue(2);
        return lead;
    }

    public Entity Lead(Guid id) => Emulator.Find("lead", id)!;

    public int? ReviewStatus(Guid id) => Lead(id).GetAttributeValue<OptionSetValue>("hitl_reviewstatus")?.Value;

    public IReadOnlyList<Entity> Decisions(Guid leadId) =>
        Emulator.Rows("hitl_automateddecision").Where(r => r.GetAttributeValue<string>("hitl_regardingid") == leadId.ToString("D")).ToList();

    public IReadOnlyList<Entity> Reviews(Guid leadId) =>
        Emulator.Rows("hitl_approval").Where(r => r.GetAttributeValue<EntityReference>("hitl_leadid")?.Id == leadId).ToList();

    /// <summary>The lead's review approval, decided by its owner on the form.</summary>
    public Guid Decide(Guid leadId, Hitl.Core.Approvals.ApprovalDecision decision, string? reasonCode = null, string? reason = null)
    {
        var review = Assert.Single(Reviews(leadId));
        var owner = review.GetAttributeValue<EntityReference>("ownerid");
        var decider = owner.LogicalName == "systemuser" ? owner.Id : World.TeamMember;
        World.DecideOnForm(decider, review.Id, decision, reasonCode, reason ?? (decision == Hitl.Core.Approvals.ApprovalDecision.Reject ? "Existing customer of the key account team" : null));
        return review.Id;
    }

    /// <summary>The calls the lead step made in its single successful run at this stage.</summary>
    public int Calls(string message, int stage) =>
        Assert.Single(Emulator.ExecutionLog, e => e.Entity == "lead" && e.Message == message && e.Stage == stage && e.Depth == 1 && e.Outcome == ExecutionOutcome.Succeeded).ServiceCalls;

    public bool Ran(string message, int stage) =>
        Emulator.ExecutionLog.Any(e => e.Entity == "lead" && e.Message == message && e.Stage == stage && e.Step.Contains("LeadPipeline", StringComparison.Ordinal));
}
