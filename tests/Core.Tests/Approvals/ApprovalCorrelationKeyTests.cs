using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class ApprovalCorrelationKeyTests
{
    private static readonly Guid LeadId = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

    [Fact]
    public void Key_is_type_value_table_and_lower_case_id()
    {
        Assert.Equal("741200000|lead|0f8fad5b-d9cb-469f-a165-70867728950e", ApprovalCorrelationKey.Build(ApprovalType.LeadReview, " Lead ", LeadId));
    }

    [Fact]
    public void Text_ids_in_any_guid_format_give_the_same_key()
    {
        var expected = ApprovalCorrelationKey.Build(ApprovalType.CommissionValidation, "hitl_commission", LeadId);

        Assert.Equal(expected, ApprovalCorrelationKey.Build(ApprovalType.CommissionValidation, "hitl_commission", "{0F8FAD5B-D9CB-469F-A165-70867728950E}"));
        Assert.Equal(expected, ApprovalCorrelationKey.Build(ApprovalType.CommissionValidation, "hitl_commission", "0f8fad5bd9cb469fa16570867728950e"));
    }

    [Fact]
    public void Missing_or_malformed_parts_are_rejected_with_a_reason()
    {
        Assert.Contains("logical name", Assert.Throws<ArgumentException>(() => ApprovalCorrelationKey.Build(ApprovalType.LeadReview, " ", LeadId)).Message);
        Assert.Contains("id of the record", Assert.Throws<ArgumentException>(() => ApprovalCorrelationKey.Build(ApprovalType.LeadReview, "lead", Guid.Empty)).Message);
        Assert.Contains("'lead-7' is not a record id", Assert.Throws<ArgumentException>(() => ApprovalCorrelationKey.Build(ApprovalType.LeadReview, "lead", "lead-7")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalCorrelationKey.Build((ApprovalType)1, "lead", LeadId));
    }

    [Fact]
    public void Open_approval_with_the_same_key_is_reused_and_closed_ones_are_ignored()
    {
        var key = ApprovalCorrelationKey.Build(ApprovalType.LeadReview, "lead", LeadId);
        var rejected = Approval(1, key, ApprovalStatus.Rejected, A.Created.AddHours(-5));
        var otherKey = Approval(2, ApprovalCorrelationKey.Build(ApprovalType.ScoreOverride, "lead", LeadId), ApprovalStatus.Pending, A.Created.AddHours(-4));
        var escalated = Approval(3, key.ToUpperInvariant(), ApprovalStatus.Escalated, A.Created.AddHours(-1));
        var laterPending = Approval(4, key, ApprovalStatus.Pending, A.Created);

        Assert.Equal(escalated.Id, ApprovalCorrelationKey.FindOpen(key, new[] { laterPending, rejected, otherKey, escalated })!.Id);
        Assert.Null(ApprovalCorrelationKey.FindOpen(key, new[] { rejected, otherKey }));
        Assert.Null(ApprovalCorrelationKey.FindOpen(key, Array.Empty<ApprovalSnapshot>()));
    }

    private static ApprovalSnapshot Approval(int n, string key, ApprovalStatus status, DateTime created) =>
        A.Pending() with { Id = new Guid(n, 0, 0, new byte[8]), CorrelationKey = key, Status = status, CreatedOn = created };
}
