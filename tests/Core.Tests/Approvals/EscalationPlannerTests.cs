using Hitl.Core.Approvals;

namespace Hitl.Core.Tests.Approvals;

public class EscalationPlannerTests
{
    private static readonly DateTime Due = new(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc);
    private static readonly IEscalationTarget ToManager = new ConfiguredEscalationTarget(null, new Dictionary<Guid, Guid> { [A.Owner] = A.Manager });

    [Fact]
    public void Pending_approval_is_not_escalated_at_its_due_time_but_one_tick_later()
    {
        var pending = A.Pending() with { DueOn = Due };

        Assert.Empty(EscalationPlanner.Plan(new[] { pending }, Due, 72m, ToManager));
        var action = Assert.Single(EscalationPlanner.Plan(new[] { pending }, Due.AddTicks(1), 72m, ToManager));
        Assert.Equal(new EscalationAction(A.ApprovalId, EscalationActionKind.Escalate,
            new ApprovalChange(ApprovalStatus.Escalated) { EscalatedOn = Due.AddTicks(1), NewOwner = Principal.User(A.Manager) }), action);
    }

    [Fact]
    public void Escalated_approval_expires_only_after_the_expiry_window()
    {
        var escalated = A.Pending() with { Status = ApprovalStatus.Escalated, DueOn = Due, EscalatedOn = Due.AddHours(1) };
        var windowEnd = Due.AddHours(1 + 72);

        Assert.Empty(EscalationPlanner.Plan(new[] { escalated }, windowEnd, 72m, ToManager));
        var action = Assert.Single(EscalationPlanner.Plan(new[] { escalated }, windowEnd.AddSeconds(1), 72m, ToManager));
        Assert.Equal(EscalationActionKind.Expire, action.Kind);
        Assert.Equal(new ApprovalChange(ApprovalStatus.Expired) { DecidedOn = windowEnd.AddSeconds(1), Source = DecisionSource.Automation }, action.Change);
    }

    [Fact]
    public void A_long_overdue_pending_approval_is_escalated_first_not_expired()
    {
        var pending = A.Pending() with { DueOn = Due };

        var action = Assert.Single(EscalationPlanner.Plan(new[] { pending }, Due.AddDays(30), 72m, ToManager));

        Assert.Equal(EscalationActionKind.Escalate, action.Kind);
    }

    [Fact]
    public void Closed_approvals_and_rows_missing_their_dates_are_left_alone()
    {
        var rows = new[]
        {
            A.Pending() with { Id = Guid.NewGuid(), DueOn = null },
            A.Pending() with { Id = Guid.NewGuid(), Status = ApprovalStatus.Escalated, EscalatedOn = null },
            A.Pending() with { Id = Guid.NewGuid(), Status = ApprovalStatus.Approved, DueOn = Due },
            A.Pending() with { Id = Guid.NewGuid(), Status = ApprovalStatus.Cancelled, DueOn = Due },
            A.Pending() with { Id = Guid.NewGuid(), Status = ApprovalStatus.Expired, EscalatedOn = Due },
        };

        Assert.Empty(EscalationPlanner.Plan(rows, Due.AddDays(30), 72m, ToManager));
    }

    [Fact]
    public void Mixed_run_yields_one_action_per_due_row_ordered_by_due_date()
    {
        var first = A.Pending() with { Id = Guid.Parse("00000000-0000-0000-0000-00000000000b"), DueOn = Due.AddHours(-2) };
        var second = A.Pending() with { Id = Guid.Parse("00000000-0000-0000-0000-00000000000a"), Status = ApprovalStatus.Escalated, DueOn = Due.AddHours(-1), EscalatedOn = Due.AddHours(-100) };
        var notYet = A.Pending() with { Id = Guid.NewGuid(), DueOn = Due.AddHours(5) };

        var plan = EscalationPlanner.Plan(new[] { notYet, second, first }, Due, 72m, ToManager);

        Assert.Equal(new[] { (first.Id, EscalationActionKind.Escalate), (second.Id, EscalationActionKind.Expire) }, plan.Select(a => (a.ApprovalId, a.Kind)));
    }

    [Fact]
    public void Configured_team_takes_precedence_over_the_manager()
    {
        var target = new ConfiguredEscalationTarget(A.EscalationTeam, new Dictionary<Guid, Guid> { [A.Owner] = A.Manager });

        Assert.Equal(Principal.Team(A.EscalationTeam), target.Resolve(Principal.User(A.Owner)));
        Assert.Equal(Principal.Team(A.EscalationTeam), target.Resolve(Principal.Team(A.FinanceTeam)));
    }

    [Fact]
    public void Without_a_team_the_owners_manager_receives_it_else_it_stays_with_the_owner()
    {
        Assert.Equal(Principal.User(A.Manager), ToManager.Resolve(Principal.User(A.Owner)));
        Assert.Equal(Principal.User(A.Colleague), ToManager.Resolve(Principal.User(A.Colleague)));
        Assert.Equal(Principal.Team(A.FinanceTeam), ToManager.Resolve(Principal.Team(A.FinanceTeam)));
        Assert.Equal(Principal.User(A.Owner), new ConfiguredEscalationTarget(Guid.Empty).Resolve(Principal.User(A.Owner)));
    }

    [Fact]
    public void Fractional_expiry_hours_are_honoured()
    {
        var escalated = A.Pending() with { Status = ApprovalStatus.Escalated, EscalatedOn = Due };

        Assert.Empty(EscalationPlanner.Plan(new[] { escalated }, Due.AddMinutes(30), 0.5m, ToManager));
        Assert.Single(EscalationPlanner.Plan(new[] { escalated }, Due.AddMinutes(30).AddTicks(1), 0.5m, ToManager));
    }

    [Fact]
    public void An_approval_is_never_escalated_to_its_requester_or_subject()
    {
        // The owner's manager is the requester here: escalating to them would leave nobody able to decide.
        var toRequester = new ConfiguredEscalationTarget(null, new Dictionary<Guid, Guid> { [A.Owner] = A.Requester });
        var overdue = A.Pending() with { DueOn = Due };

        var action = Assert.Single(EscalationPlanner.Plan(new[] { overdue }, Due.AddTicks(1), 72m, toRequester));

        Assert.Equal(EscalationActionKind.Escalate, action.Kind);
        Assert.Null(action.Change.NewOwner);
    }
}
