using Hitl.Core.Approvals;
using Hitl.Core.Decisions;

namespace Hitl.Core.Tests.Approvals;

/// <summary>The enums mirror the solution's global option sets; a changed value would corrupt stored rows.</summary>
public class OptionValueTests
{
    [Fact]
    public void Option_values_match_the_agreed_data_model()
    {
        Assert.Equal(new[] { 741200000, 741200001, 741200002, 741200003, 741200004, 741200005, 741200006 },
            new[] { ApprovalType.LeadReview, ApprovalType.CommissionValidation, ApprovalType.BiasReview, ApprovalType.ConsentException, ApprovalType.ScoreOverride, ApprovalType.ContestedDecision, ApprovalType.ModelChange }.Select(v => v.Value));
        Assert.Equal(new[] { 741200000, 741200001, 741200002, 741200003, 741200004, 741200005 },
            new[] { ApprovalStatus.Pending, ApprovalStatus.Approved, ApprovalStatus.Rejected, ApprovalStatus.Escalated, ApprovalStatus.Expired, ApprovalStatus.Cancelled }.Select(v => (int)v));
        Assert.Equal(new[] { 741200000, 741200001 }, new[] { ApprovalDecision.Approve, ApprovalDecision.Reject }.Select(v => (int)v));
        Assert.Equal(new[] { 741200000, 741200001, 741200002, 741200003 },
            new[] { DecisionSource.Form, DecisionSource.Flow, DecisionSource.Api, DecisionSource.Automation }.Select(v => (int)v));
        Assert.Equal(new[] { 741200000, 741200001, 741200002, 741200003, 741200004 },
            new[] { AutomatedDecisionType.LeadScoring, AutomatedDecisionType.ConsentCheck, AutomatedDecisionType.BiasAudit, AutomatedDecisionType.CommissionCalculation, AutomatedDecisionType.ApprovalRouting }.Select(v => (int)v));
    }

    [Fact]
    public void Enums_and_the_approval_type_registry_have_no_extra_members()
    {
        Assert.Equal(7, ApprovalType.All.Count);
        Assert.Equal(6, Enum.GetValues<ApprovalStatus>().Length);
        Assert.Equal(2, Enum.GetValues<ApprovalDecision>().Length);
        Assert.Equal(4, Enum.GetValues<DecisionSource>().Length);
        Assert.Equal(5, Enum.GetValues<AutomatedDecisionType>().Length);
    }
}
