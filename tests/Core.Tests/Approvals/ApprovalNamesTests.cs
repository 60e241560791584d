using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalNamesTests
{
    [Theory]
    [InlineData("Approve", ApprovalDecision.Approve)]
    [InlineData(" reject ", ApprovalDecision.Reject)]
    public void Decision_names_parse(string text, ApprovalDecision expected)
    {
        Assert.True(ApprovalNames.TryParseDecision(text, out var decision));
        Assert.Equal(expected, decision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Approved")]
    [InlineData("741200000")]
    [InlineData("0")]
    public void Other_decision_text_is_refused(string? text)
    {
        Assert.False(ApprovalNames.TryParseDecision(text, out _));
    }

    [Fact]
    public void Type_names_parse_and_values_do_not()
    {
        Assert.True(ApprovalType.TryParse("commissionvalidation", out var type));
        Assert.Equal(ApprovalType.CommissionValidation, type);
        Assert.False(ApprovalType.TryParse("741200001", out _));
        Assert.False(ApprovalType.TryParse("Commission", out _));
    }

    [Fact]
    public void Status_name_is_the_option_name()
    {
        Assert.Equal("Escalated", ApprovalNames.StatusName(ApprovalStatus.Escalated));
    }
}
