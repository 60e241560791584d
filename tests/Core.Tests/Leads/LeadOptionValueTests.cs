using Hitl.Core.Scoring;
using Hitl.Core.Leads;

namespace Hitl.Core.Tests.Leads;

/// <summary>The lead enums mirror the solution's global option sets hitl_leadgrade and hitl_leadreviewstatus; a changed value would corrupt stored rows.</summary>
public class LeadOptionValueTests
{
    [Fact]
    public void Option_values_match_the_agreed_data_model()
    {
        Assert.Equal(new[] { 741200000, 741200001, 741200002, 741200003 }, new[] { LeadGrade.A, LeadGrade.B, LeadGrade.C, LeadGrade.D }.Select(v => (int)v));
        Assert.Equal(new[] { 741200000, 741200001, 741200002, 741200003 },
            new[] { LeadReviewStatus.NotNeeded, LeadReviewStatus.PendingReview, LeadReviewStatus.Reviewed, LeadReviewStatus.RoutedAutomatically }.Select(v => (int)v));
        Assert.Equal(4, Enum.GetValues<LeadGrade>().Length);
        Assert.Equal(4, Enum.GetValues<LeadReviewStatus>().Length);
    }
}
