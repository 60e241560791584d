using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalCorrelationKeyTests
{
    private static readonly Guid LeadId = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

    [Fact]
    public void Key_is_type_value_table_and_lower_case_id()
    {
        Assert.Equal("741200000|lead|0f8fad5b-d9cb-469f-a165-70867728950e", ApprovalCorrelationKey.Build(ApprovalType.LeadReview, new Regarding(" Lead ", LeadId)));
    }

    [Fact]
    public void Missing_parts_and_unknown_types_are_rejected_with_a_reason()
    {
        Assert.Contains("logical name", Assert.Throws<ArgumentException>(() => new Regarding(" ", LeadId)).Message);
        Assert.Contains("empty id names no record", Assert.Throws<ArgumentException>(() => new Regarding("lead", Guid.Empty)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalCorrelationKey.Build(ApprovalType.Of(1), new Regarding("lead", LeadId)));
    }

    [Fact]
    public void A_table_name_too_long_for_the_column_is_rejected()
    {
        Assert.Contains("exceed 250", Assert.Throws<ArgumentException>(() => ApprovalCorrelationKey.Build(ApprovalType.LeadReview, new Regarding(new string('t', 220), LeadId))).Message);
    }
}
