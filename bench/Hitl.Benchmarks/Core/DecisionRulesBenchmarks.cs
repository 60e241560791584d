using BenchmarkDotNet.Attributes;
using Hitl.Core.Approvals;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// ApprovalDecisionRules.Decide: the check every decision (form, flow, API) goes through. The owner
/// approving as recommended runs every check and builds the change; the refusal is the common late answer
/// (someone else already decided), which formats the message naming who and when.
/// </summary>
[MemoryDiagnoser]
public class DecisionRulesBenchmarks
{
    private static readonly Guid Owner = new("8d1f0a9e-0000-4000-8000-000000000001");
    private static readonly Guid Requester = new("8d1f0a9e-0000-4000-8000-000000000002");
    private static readonly Guid Colleague = new("8d1f0a9e-0000-4000-8000-000000000003");

    private readonly ApprovalPolicy _policy = ApprovalPolicy.Default;
    private ApprovalSnapshot _pending = null!;
    private ApprovalSnapshot _decided = null!;
    private DecisionRequest _ownerApproves = null!;
    private DecisionRequest _lateRejection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pending = new ApprovalSnapshot(Guid.NewGuid(), ApprovalType.LeadReview, ApprovalStatus.Pending, Principal.User(Owner))
        {
            Recommendation = ApprovalDecision.Approve,
            RequestedBy = Requester,
            CreatedOn = SampleData.Now.AddHours(-5),
            DueOn = SampleData.Now.AddHours(43),
        };
        _decided = _pending with
        {
            Status = ApprovalStatus.Approved,
            Decision = ApprovalDecision.Approve,
            DecidedBy = Owner,
            DecidedByName = "Oscar Owner",
            DecidedOn = SampleData.Now.AddHours(-1),
            Source = DecisionSource.Form,
        };
        _ownerApproves = new DecisionRequest(ApprovalDecision.Approve, Owner, DecisionSource.Form, SampleData.Now);
        _lateRejection = new DecisionRequest(ApprovalDecision.Reject, Colleague, DecisionSource.Flow, SampleData.Now)
        {
            DeciderIsApprover = true,
            ReasonCode = "DataQuality",
            Reason = "The budget is not confirmed.",
        };

        // Measure the paths the names promise, not whatever the rules answer today.
        Expect(OwnerApproves(), r => r.IsApplied && r.Status == ApprovalStatus.Approved, nameof(OwnerApproves));
        Expect(RefusedAlreadyDecided(), r => r.IsRefused && r.Refusal == RefusalReason.AlreadyDecided, nameof(RefusedAlreadyDecided));
    }

    [Benchmark]
    public TransitionResult OwnerApproves() => ApprovalDecisionRules.Decide(_pending, _ownerApproves, _policy);

    [Benchmark]
    public TransitionResult RefusedAlreadyDecided() => ApprovalDecisionRules.Decide(_decided, _lateRejection, _policy);

    private static void Expect(TransitionResult result, Func<TransitionResult, bool> expected, string benchmark)
    {
        if (!expected(result))
        {
            throw new InvalidOperationException($"{benchmark} no longer exercises its path: got {result}");
        }
    }
}
