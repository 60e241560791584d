using Hitl.Core.Approvals;
using Hitl.Core.Decisions;
using Hitl.Dataverse.Decisions;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Support;

/// <summary>
/// A known set of approvals built through the real pipeline at controlled clock times (hours after T0).
/// SLA 48 h (shipped default); rubber-stamp policy lowered to 3 decisions so one reviewer trips it.
///
///   id   type           rec.     created  outcome                              decided  hours  breach
///   X    LeadReview     Approve  0 h      Oscar approves (before the window)   0.5 h    -      -
///   A1   LeadReview     Approve  1 h      Oscar approves                       3 h      2      no
///   A2   LeadReview     Approve  2 h      Oscar rejects (override)             6 h      4      no
///   A3   LeadReview     Reject   3 h      Oscar rejects                        13 h     10     no
///   A4   LeadReview     Approve  4 h      Oscar approves                       64 h     60     yes (due 52 h)
///   A5   LeadReview     Approve  5 h      Ada approves via API after 20 s      5 h 20 s 1/180  no
///   A6   LeadReview     Approve  6 h      Ada approves via API after 20 s      6 h 20 s 1/180  no
///   A7   LeadReview     Approve  7 h      Ada approves via API after 20 s      7 h 20 s 1/180  no
///   A8   ScoreOverride  Reject   8 h      Oscar approves (override)            11 h     3      no
///   A9   LeadReview     Approve  9 h      still pending                        -        -      yes (due 57 h, now 100 h)
///   A10  LeadReview     Approve  10 h     cancelled by the requester           11 h     -      no (due 58 h)
///   Y    LeadReview     Approve  95 h     pending (after the window)           -        -      -
///
/// Decision log (hitl_automateddecision): needs-review false at 2 h, 20 h and 80 h (counted); needs-review
/// true at 30 h (a human looked, not counted); needs-review false at 0.5 h (before the window).
/// Window: From = T0 + 1 h, To = T0 + 90 h; metrics asked at T0 + 100 h.
/// </summary>
internal sealed class MetricsDataSet
{
    public MetricsDataSet()
    {
        World = new ApprovalWorld();
        World.Configure("hitl_RubberStampPolicy", "{\"minDecisions\":3,\"approvalRate\":0.95,\"maxMedianSeconds\":30}");
        T0 = World.Emulator.Clock.UtcNow;

        var x = Request("X", ApprovalType.LeadReview, ApprovalDecision.Approve);
        At(0.5);
        World.DecideOnForm(World.Owner, x, ApprovalDecision.Approve);
        Log(0.5, needsReview: false);

        At(1);
        var a1 = Request("A1", ApprovalType.LeadReview, ApprovalDecision.Approve);
        At(2);
        var a2 = Request("A2", ApprovalType.LeadReview, ApprovalDecision.Approve);
        Log(2, needsReview: false);
        At(3);
        var a3 = Request("A3", ApprovalType.LeadReview, ApprovalDecision.Reject);
        World.DecideOnForm(World.Owner, a1, ApprovalDecision.Approve);
        At(4);
        var a4 = Request("A4", ApprovalType.LeadReview, ApprovalDecision.Approve);
        foreach (var hour in new[] { 5, 6, 7 })
        {
            At(hour);
            if (hour == 6) World.DecideOnForm(World.Owner, a2, ApprovalDecision.Reject, "DataQuality", "Company does not exist");
            var quick = Request($"A{hour}", ApprovalType.LeadReview, ApprovalDecision.Approve);
            World.Emulator.Clock.Advance(TimeSpan.FromSeconds(20));
            World.Submit(World.RoleApprover, quick, "Approve");
        }

        At(8);
        var a8 = Request("A8", ApprovalType.ScoreOverride, ApprovalDecision.Reject);
        At(9);
        Request("A9", ApprovalType.LeadReview, ApprovalDecision.Approve);
        At(10);
        var a10 = Request("A10", ApprovalType.LeadReview, ApprovalDecision.Approve);
        At(11);
        World.DecideOnForm(World.Owner, a8, ApprovalDecision.Approve, "CustomerContext", "Known customer, score is stale");
        World.As(World.Requester).Update(new Entity("hitl_approval", a10) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });
        At(13);
        World.DecideOnForm(World.Owner, a3, ApprovalDecision.Reject, "ModelError", "Agree with the model: no budget");
        Log(20, needsReview: false);
        Log(30, needsReview: true);
        At(64);
        World.DecideOnForm(World.Owner, a4, ApprovalDecision.Approve);
        Log(80, needsReview: false);
        At(95);
        Request("Y", ApprovalType.LeadReview, ApprovalDecision.Approve);
        At(100);
    }

    public ApprovalWorld World { get; }

    public DateTime T0 { get; }

    public DateTime From => T0.AddHours(1);

    public DateTime To => T0.AddHours(90);

    private void At(double hours) => World.Emulator.Clock.SetUtcNow(T0.AddHours(hours));

    private Guid Request(string name, ApprovalType type, ApprovalDecision recommendation) =>
        World.RequestApproval(type, recommendation, regardingLead: World.AddLead(name));

    private void Log(double hours, bool needsReview) =>
        DecisionLog.Record(World.Emulator.CreateService(), new AutomatedDecisionRecord(
            AutomatedDecisionType.LeadScoring, "lead", World.LeadId, "lead-score 2.3.1",
            new Dictionary<string, object?> { ["score"] = 82, ["hasEmail"] = true },
            "Qualified", new[] { "Budget confirmed" }, needsReview, T0.AddHours(hours)));
}
