using Hitl.Core.Approvals;
using Hitl.Core.Scoring;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;
using Hitl.Dataverse.Scoring;
using Newtonsoft.Json.Linq;

namespace Hitl.Plugins.Tests.Scoring;

/// <summary>Scoring models as governed rows (issue 8, point 2): valid documents, activation only under an approval someone other than the author decides.</summary>
public class ScoringModelGovernanceTests
{
    private const string ReferralModel = """
        {"schemaVersion":1,"name":"Referrals first","version":"ref-1","kind":"points","basePoints":10,
         "rules":[{"column":"leadsourcecode","equals":2,"points":70,"label":"Referral"}],
         "grades":{"A":75,"B":50,"C":25},"reasons":2}
        """;

    private readonly ApprovalWorld world = new();

    [Fact]
    public void A_new_model_is_a_draft_by_its_creator()
    {
        var id = CreateModel(world.Requester);

        var row = world.Emulator.Find("hitl_scoringmodel", id)!;
        Assert.Equal((int)ScoringModelStatus.Draft, row.GetAttributeValue<OptionSetValue>("hitl_status").Value);
        Assert.Equal(world.Requester, row.GetAttributeValue<EntityReference>("hitl_authorid").Id);
    }

    [Fact]
    public void An_invalid_document_is_refused_on_create_and_on_update_with_its_json_paths()
    {
        var created = ProductEmulator.Fault(() => CreateModel(world.Requester, ReferralModel.Replace("leadsourcecode", "nosuchcolumn")));
        var id = CreateModel(world.Requester);
        var updated = ProductEmulator.Fault(() => world.As(world.Requester).Update(new Entity("hitl_scoringmodel", id) { ["hitl_document"] = ReferralModel.Replace("\"A\":75", "\"A\":20") }));

        Refusals.AssertClear(created, "The model document is not a valid scoring model", "$.rules[0].column");
        Refusals.AssertClear(updated, "$.grades");
        Assert.Equal(ReferralModel, world.Emulator.Find("hitl_scoringmodel", id)!.GetAttributeValue<string>("hitl_document"));
    }

    [Theory]
    [InlineData(ScoringModelStatus.Active)]
    [InlineData(ScoringModelStatus.Retired)]
    public void Nobody_sets_active_or_retired_by_hand(ScoringModelStatus status)
    {
        var id = CreateModel(world.Requester);

        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(new Entity("hitl_scoringmodel", id) { ["hitl_status"] = new OptionSetValue((int)status) }));
        var onCreate = ProductEmulator.Fault(() => world.As(world.Owner).Create(new Entity("hitl_scoringmodel")
        {
            ["hitl_name"] = "Sneaky", ["hitl_version"] = "s-1", ["hitl_document"] = ReferralModel, ["hitl_status"] = new OptionSetValue((int)status),
        }));

        Refusals.AssertClear(fault, "only through an approved Scoring model change");
        Refusals.AssertClear(onCreate, "starts as a draft");
        Assert.Equal((int)ScoringModelStatus.Draft, world.Emulator.Find("hitl_scoringmodel", id)!.GetAttributeValue<OptionSetValue>("hitl_status").Value);
    }

    [Fact]
    public void Asking_for_activation_requests_a_model_change_with_the_preview_as_evidence_and_the_author_as_subject()
    {
        world.AddExistingLead(new Entity("lead") { ["lastname"] = "Referral", ["leadsourcecode"] = new OptionSetValue(2) });
        var id = CreateModel(world.Requester);

        RequestActivation(id);

        var approval = ModelChangeApproval(id);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(approval.Id));
        Assert.Equal(world.Requester, approval.GetAttributeValue<EntityReference>("hitl_subjectuserid").Id);
        Assert.NotEqual(world.Requester, approval.GetAttributeValue<EntityReference>("ownerid").Id);
        var evidence = JObject.Parse(approval.GetAttributeValue<string>("hitl_evidence"));
        Assert.Equal(2, (int)evidence["sampleSize"]!); // the world's lead and the referral
        Assert.Equal("ref-1", (string?)evidence["draft"]!["modelVersion"]);
        Assert.Equal("default-1", (string?)evidence["active"]!["modelVersion"]);
        Assert.Equal((int)ScoringModelStatus.PendingApproval, Status(id));
    }

    [Fact]
    public void The_author_cannot_approve_their_own_model()
    {
        var id = CreateModel(world.Requester);
        RequestActivation(id);
        var approval = ModelChangeApproval(id).Id;

        var fault = ProductEmulator.Fault(() => world.DecideOnForm(world.Requester, approval, ApprovalDecision.Approve));

        Refusals.AssertClear(fault);

        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(approval));
        Assert.Equal((int)ScoringModelStatus.PendingApproval, Status(id));
    }

    [Fact]
    public void An_approved_change_activates_the_model_retires_the_previous_one_and_the_new_model_scores_at_once()
    {
        var first = CreateModel(world.Requester);
        Activate(first);
        Assert.Equal("ref-1", CachedVersion()); // the first model is active, and now cached
        var second = CreateModel(world.Requester, ReferralModel.Replace("ref-1", "ref-2"));

        var approval = Activate(second);

        Assert.Equal((int)ScoringModelStatus.Retired, Status(first));
        Assert.Equal((int)ScoringModelStatus.Active, Status(second));
        var row = world.Emulator.Find("hitl_scoringmodel", second)!;
        Assert.Equal(world.Manager, row.GetAttributeValue<EntityReference>("hitl_activatedby").Id);
        Assert.Equal(world.Approval(approval).GetAttributeValue<DateTime>("hitl_decidedon"), row.GetAttributeValue<DateTime>("hitl_activatedon"));
        Assert.Single(world.Emulator.Rows("hitl_scoringmodel"), m => m.GetAttributeValue<OptionSetValue>("hitl_status").Value == (int)ScoringModelStatus.Active);
        Assert.Equal("ref-2", CachedVersion()); // the cache forgot the old model at once, without waiting for it to expire
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("cancel")] // the author withdraws the request
    public void A_rejected_or_cancelled_change_sends_the_model_back_to_draft(string how)
    {
        var id = CreateModel(world.Requester);
        RequestActivation(id);
        var approval = ModelChangeApproval(id).Id;

        if (how == "reject") world.DecideOnForm(world.Manager, approval, ApprovalDecision.Reject, "Other", "Not yet");
        else world.As(world.Requester).Update(new Entity("hitl_approval", approval) { ["hitl_status"] = new OptionSetValue((int)ApprovalStatus.Cancelled) });

        Assert.Equal((int)ScoringModelStatus.Draft, Status(id));
        Assert.DoesNotContain(world.Emulator.Rows("hitl_scoringmodel"), m => m.GetAttributeValue<OptionSetValue>("hitl_status").Value == (int)ScoringModelStatus.Active);
    }

    [Fact]
    public void A_model_pending_approval_or_active_keeps_its_document()
    {
        var id = CreateModel(world.Requester);
        RequestActivation(id);

        var fault = ProductEmulator.Fault(() => world.As(world.Requester).Update(new Entity("hitl_scoringmodel", id) { ["hitl_document"] = ReferralModel.Replace("ref-1", "ref-9") }));
        var back = ProductEmulator.Fault(() => world.As(world.Requester).Update(new Entity("hitl_scoringmodel", id) { ["hitl_status"] = new OptionSetValue((int)ScoringModelStatus.Draft) }));

        Refusals.AssertClear(fault, "are fixed");
        Refusals.AssertClear(back, "waits for its Scoring model change approval");
    }

    private Guid CreateModel(Guid author, string document = ReferralModel) =>
        world.As(author).Create(new Entity("hitl_scoringmodel") { ["hitl_name"] = "Referrals first", ["hitl_version"] = "v", ["hitl_document"] = document });

    private void RequestActivation(Guid id) =>
        world.As(world.Requester).Update(new Entity("hitl_scoringmodel", id) { ["hitl_status"] = new OptionSetValue((int)ScoringModelStatus.PendingApproval) });

    /// <summary>Requests activation and lets the author's manager (the approval's owner) approve it; returns the approval.</summary>
    private Guid Activate(Guid id)
    {
        RequestActivation(id);
        var approval = ModelChangeApproval(id).Id;
        world.DecideOnForm(world.Manager, approval, ApprovalDecision.Approve);
        return approval;
    }

    private Entity ModelChangeApproval(Guid model) =>
        world.Emulator.Rows("hitl_approval").Where(a => a.GetAttributeValue<EntityReference>("hitl_scoringmodelid")?.Id == model).OrderBy(a => a.GetAttributeValue<DateTime>("createdon")).Last();

    private int Status(Guid model) => world.Emulator.Find("hitl_scoringmodel", model)!.GetAttributeValue<OptionSetValue>("hitl_status").Value;

    /// <summary>The version the organization's cached active model (what the lead steps and APIs score with) has now.</summary>
    private string? CachedVersion() =>
        ScoringModelCache.Shared.Get(world.Emulator.OrganizationId, () => world.Emulator.CreateService(), ProtectedAttributes.Default, world.Emulator.Clock.UtcNow).Model?.Version;
}
