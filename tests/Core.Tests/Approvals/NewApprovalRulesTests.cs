using Hitl.Core.Approvals;
using Hitl.Core.Rules;

namespace Hitl.Core.Tests.Approvals;

public class NewApprovalRulesTests
{
    private static readonly Guid LeadId = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

    private static NewApproval Request(ApprovalType? type = null, Guid? owner = null, Guid? subject = null) =>
        new(type ?? ApprovalType.LeadReview, new Regarding("lead", LeadId), Principal.User(owner ?? A.Owner), A.Requester) { SubjectUserId = subject };

    private static RuleResult<PreparedApproval> Prepare(NewApproval request, OpenApproval? open = null, IEscalationTarget? escalation = null, DateTime? now = null) =>
        NewApprovalRules.Prepare(request, _ => open, SlaPolicy.Parse("{\"default\":48,\"LeadReview\":24}"), escalation ?? new ConfiguredEscalationTarget(null), now ?? A.Created);

    [Fact]
    public void A_new_approval_gets_its_key_the_due_date_of_its_type_and_a_default_name()
    {
        var prepared = Prepare(Request()).Value!;

        Assert.Equal($"741200000|lead|{LeadId:D}", prepared.CorrelationKey);
        Assert.Equal(ApprovalStatus.Pending, prepared.Status);
        Assert.Equal(A.Created.AddHours(24), prepared.DueOn);
        Assert.Equal(Principal.User(A.Owner), prepared.Owner);
        Assert.Equal($"LeadReview of lead {LeadId:D}", prepared.Name);
        Assert.False(prepared.Rerouted);
    }

    [Fact]
    public void A_contest_is_due_one_calendar_month_later_whatever_the_sla()
    {
        // 31 January + 1 month = 28 February (2026 is not a leap year), the Art. 12(3) month.
        var prepared = Prepare(Request(ApprovalType.ContestedDecision), now: new DateTime(2026, 1, 31, 10, 0, 0, DateTimeKind.Utc)).Value!;

        Assert.Equal(new DateTime(2026, 2, 28, 10, 0, 0, DateTimeKind.Utc), prepared.DueOn);
        Assert.Equal(new DateTime(2026, 4, 15, 9, 0, 0, DateTimeKind.Utc), ApprovalType.ContestedDecision.DueOn(new DateTime(2026, 3, 15, 9, 0, 0, DateTimeKind.Utc), SlaPolicy.Default));
    }

    [Fact]
    public void An_open_approval_for_the_same_type_and_record_is_named_by_id_only_in_the_refusal()
    {
        var open = new OpenApproval(A.ApprovalId, "Review of Contoso");
        string? askedKey = null;

        var result = NewApprovalRules.Prepare(Request(), key => { askedKey = key; return open; }, SlaPolicy.Default, new ConfiguredEscalationTarget(null), A.Created);

        Assert.Equal($"741200000|lead|{LeadId:D}", askedKey);
        Assert.Equal($"An open LeadReview approval already exists for this lead ({A.ApprovalId:D}). Decide or cancel it before requesting another.", result.Refusal);
    }

    [Fact]
    public void An_unknown_or_missing_type_is_refused()
    {
        Assert.StartsWith("Choose the approval type", NewApprovalRules.CheckType(null));
        Assert.StartsWith("Choose the approval type", NewApprovalRules.CheckType(ApprovalType.Of(42)));
        Assert.Null(NewApprovalRules.CheckType(ApprovalType.BiasReview));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_approval_owned_by_its_requester_or_subject_goes_to_the_escalation_target(bool ownedBySubject)
    {
        var owner = ownedBySubject ? A.Seller : A.Requester;
        var managers = new ConfiguredEscalationTarget(null, new Dictionary<Guid, Guid> { [owner] = A.Manager });

        var prepared = Prepare(Request(owner: owner, subject: A.Seller), escalation: managers).Value!;

        Assert.Equal(Principal.User(A.Manager), prepared.Owner);
        Assert.True(prepared.Rerouted);
    }

    [Fact]
    public void Nobody_to_route_to_is_a_refusal_that_says_how_to_fix_it()
    {
        var result = Prepare(Request(owner: A.Requester));

        Assert.StartsWith("This approval would be assigned to the person who requested it or whom it is about", result.Refusal);
    }

    [Fact]
    public void The_escalation_target_is_only_asked_when_routing_is_needed()
    {
        var asked = 0;
        var counting = new CountingTarget(() => asked++);

        Prepare(Request(), escalation: counting);
        Assert.Equal(0, asked);

        Prepare(Request(owner: A.Requester), escalation: counting);
        Assert.Equal(1, asked);
    }

    private sealed class CountingTarget(Action onResolve) : IEscalationTarget
    {
        public Principal Resolve(Principal currentOwner)
        {
            onResolve();
            return Principal.Team(A.EscalationTeam);
        }
    }
}
