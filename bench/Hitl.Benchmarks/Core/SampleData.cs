using Hitl.Core.Approvals;
using Hitl.Core.Approvals.Metrics;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// Reproducible approval populations (seeded): the mix of states a busy organization has, so every branch
/// of the planner and the calculator runs, not just the first one.
/// </summary>
internal static class SampleData
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static Guid NextGuid(this Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static Guid[] Guids(Random random, int count) => Enumerable.Range(0, count).Select(_ => random.NextGuid()).ToArray();

    /// <summary>
    /// 60% pending (half of them past due), 15% escalated (half of them past the expiry window), the rest
    /// closed; one in ten owned by a team.
    /// </summary>
    public static List<ApprovalSnapshot> Snapshots(int count, int seed, IReadOnlyList<Guid> users, IReadOnlyList<Guid> teams, decimal expiryHours)
    {
        var random = new Random(seed);
        var result = new List<ApprovalSnapshot>(count);
        for (var i = 0; i < count; i++)
        {
            var owner = random.Next(10) == 0 ? Principal.Team(teams[random.Next(teams.Count)]) : Principal.User(users[random.Next(users.Count)]);
            var createdOn = Now.AddHours(-random.Next(1, 24 * 30));
            var roll = random.Next(100);
            var snapshot = new ApprovalSnapshot(random.NextGuid(), ApprovalType.LeadReview, Status(roll), owner)
            {
                Recommendation = ApprovalDecision.Approve,
                RequestedBy = users[random.Next(users.Count)],
                CreatedOn = createdOn,
                DueOn = roll < 30 ? Now.AddHours(-random.Next(1, 48)) : Now.AddHours(random.Next(1, 48)),
            };
            if (snapshot.Status == ApprovalStatus.Escalated)
            {
                var hoursAgo = roll < 68 ? (double)expiryHours + random.Next(1, 24) : random.Next(1, (int)expiryHours);
                snapshot = snapshot with { EscalatedOn = Now.AddHours(-hoursAgo) };
            }

            result.Add(snapshot);
        }

        return result;

        static ApprovalStatus Status(int roll) => roll switch
        {
            < 60 => ApprovalStatus.Pending,
            < 75 => ApprovalStatus.Escalated,
            < 90 => ApprovalStatus.Approved,
            < 96 => ApprovalStatus.Rejected,
            _ => ApprovalStatus.Cancelled,
        };
    }

    /// <summary>
    /// 70% decided (one in five by the automation, 15% against the recommendation), the rest open, expired
    /// or cancelled; decisions take from minutes to four days, so some breach the 48-hour SLA.
    /// </summary>
    public static List<ApprovalFact> Facts(int count, int seed, IReadOnlyList<Guid> reviewers)
    {
        var random = new Random(seed);
        var result = new List<ApprovalFact>(count);
        for (var i = 0; i < count; i++)
        {
            var createdOn = Now.AddMinutes(-random.Next(60, 60 * 24 * 90));
            var roll = random.Next(100);
            var fact = new ApprovalFact(ApprovalType.LeadReview, ApprovalStatus.Pending, createdOn)
            {
                Recommendation = random.Next(5) == 0 ? null : ApprovalDecision.Approve,
                DueOn = createdOn.AddHours(48),
            };
            if (roll < 70)
            {
                var decision = random.Next(100) < 15 ? ApprovalDecision.Reject : ApprovalDecision.Approve;
                var automated = random.Next(5) == 0;
                fact = fact with
                {
                    Status = decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected,
                    Decision = decision,
                    DecidedOn = createdOn.AddMinutes(random.Next(1, 60 * 96)),
                    DecidedBy = automated ? null : reviewers[random.Next(reviewers.Count)],
                    Source = automated ? DecisionSource.Automation : DecisionSource.Form,
                };
            }
            else if (roll < 80)
            {
                fact = fact with { Status = ApprovalStatus.Expired, DecidedOn = createdOn.AddHours(120), Source = DecisionSource.Automation };
            }
            else if (roll < 85)
            {
                fact = fact with { Status = ApprovalStatus.Cancelled, DecidedOn = createdOn.AddHours(2), Source = DecisionSource.Form };
            }

            result.Add(fact);
        }

        return result;
    }
}
