using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

public class ScoringModelTransitionsTests
{
    public static TheoryData<ScoringModelStatus, ScoringModelStatus, bool, bool> Cases => new()
    {
        // from, to, by the product, allowed
        { ScoringModelStatus.Draft, ScoringModelStatus.PendingApproval, false, true },
        { ScoringModelStatus.Draft, ScoringModelStatus.Active, false, false },
        { ScoringModelStatus.Draft, ScoringModelStatus.Retired, false, false },
        { ScoringModelStatus.PendingApproval, ScoringModelStatus.Active, false, false },
        { ScoringModelStatus.PendingApproval, ScoringModelStatus.Draft, false, false },
        { ScoringModelStatus.Active, ScoringModelStatus.Retired, false, false },
        { ScoringModelStatus.Retired, ScoringModelStatus.Draft, false, false },
        { ScoringModelStatus.PendingApproval, ScoringModelStatus.Active, true, true },
        { ScoringModelStatus.PendingApproval, ScoringModelStatus.Draft, true, true },
        { ScoringModelStatus.Active, ScoringModelStatus.Retired, true, true },
        { ScoringModelStatus.Draft, ScoringModelStatus.Active, true, false },
        { ScoringModelStatus.Retired, ScoringModelStatus.Active, true, false },
        { ScoringModelStatus.Active, ScoringModelStatus.Active, false, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_the_product_activates_retires_or_returns_a_pending_model_and_people_only_ask_for_activation(ScoringModelStatus from, ScoringModelStatus to, bool byProduct, bool allowed)
    {
        Assert.Equal(allowed, ScoringModelTransitions.Refusal(from, to, byProduct) == null);
    }

    [Fact]
    public void Only_a_draft_document_can_change()
    {
        Assert.Equal(
            new[] { ScoringModelStatus.Draft },
            Enum.GetValues(typeof(ScoringModelStatus)).Cast<ScoringModelStatus>().Where(ScoringModelTransitions.DocumentEditable));
    }
}
