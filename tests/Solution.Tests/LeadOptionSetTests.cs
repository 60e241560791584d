using Hitl.Core.Scoring;
using Hitl.Core.Leads;

namespace Hitl.Solution.Tests;

/// <summary>The lead enums Core routes with are the options of the lead columns' global option sets, value for value.</summary>
public class LeadOptionSetTests(RealSolution solution) : IClassFixture<RealSolution>
{
    [Fact]
    public void LeadGrade_is_hitl_leadgrade()
    {
        var options = solution.Model.OptionSets["hitl_leadgrade"];

        Assert.Equal(options.Values.OrderBy(v => v), Enum.GetValues<LeadGrade>().Select(g => (int)g).OrderBy(v => v));
        Assert.All(Enum.GetValues<LeadGrade>(), g => Assert.Equal(g.ToString(), options.LabelOf((int)g)));
    }

    [Fact]
    public void LeadReviewStatus_is_hitl_leadreviewstatus()
    {
        var options = solution.Model.OptionSets["hitl_leadreviewstatus"];

        Assert.Equal(options.Values.OrderBy(v => v), Enum.GetValues<LeadReviewStatus>().Select(s => (int)s).OrderBy(v => v));
        Assert.Equal("hitl_leadreviewstatus", solution.Model.Tables["lead"].Column("hitl_reviewstatus").OptionSet!.Name);
        Assert.Equal("hitl_leadgrade", solution.Model.Tables["lead"].Column("hitl_grade").OptionSet!.Name);
    }
}
