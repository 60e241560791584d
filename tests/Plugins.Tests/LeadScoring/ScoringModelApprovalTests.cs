using Hitl.Core.Approvals;
using Hitl.Testing;
using Microsoft.Xrm.Sdk;

namespace Hitl.Plugins.Tests.LeadScoring;

/// <summary>A Scoring model change approval is about a hitl_scoringmodel row through the registered regarding lookup.</summary>
public class ScoringModelApprovalTests
{
    [Fact]
    public void A_model_change_approval_names_its_model_in_the_regarding_pointer_and_the_key()
    {
        var world = new ApprovalWorld();
        var model = CreateModel(world, "2026.03-1");

        var id = RequestModelChange(world, model);

        var row = world.Approval(id);
        Assert.Equal("hitl_scoringmodel", row["hitl_regardingtable"]);
        Assert.Equal(model.ToString("D"), row["hitl_regardingid"]);
        Assert.Equal($"741200006|hitl_scoringmodel|{model:D}", row["hitl_correlationkey"]);
        Assert.Equal(ApprovalStatus.Pending, world.StatusOf(id));
    }

    [Fact]
    public void The_generic_pointer_fills_the_scoring_model_lookup()
    {
        var world = new ApprovalWorld();
        var model = CreateModel(world, "2026.03-1");
        var approval = new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.ModelChange.Value),
            ["hitl_regardingtable"] = "hitl_scoringmodel",
            ["hitl_regardingid"] = model.ToString("D"),
            ["hitl_evidence"] = "{\"gradeShift\":{\"A\":3}}",
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        };

        var id = world.As(world.Requester).Create(approval);

        Assert.Equal(model, world.Approval(id).GetAttributeValue<EntityReference>("hitl_scoringmodelid").Id);
    }

    [Fact]
    public void The_model_an_approval_is_about_cannot_change_but_saving_it_unchanged_is_no_change()
    {
        var world = new ApprovalWorld();
        var model = CreateModel(world, "2026.03-1");
        var other = CreateModel(world, "2026.03-2");
        var id = RequestModelChange(world, model);

        world.As(world.Owner).Update(new Entity("hitl_approval", id) { ["hitl_scoringmodelid"] = new EntityReference("hitl_scoringmodel", model), ["hitl_reasoncode"] = "Other" });
        var fault = ProductEmulator.Fault(() => world.As(world.Owner).Update(new Entity("hitl_approval", id) { ["hitl_scoringmodelid"] = new EntityReference("hitl_scoringmodel", other) }));

        Assert.Contains("cannot change once an approval is requested", fault.Message);
        Assert.Equal(model, world.Approval(id).GetAttributeValue<EntityReference>("hitl_scoringmodelid").Id);
        Assert.Equal("Other", world.Approval(id)["hitl_reasoncode"]);
    }

    [Fact]
    public void A_model_that_an_approval_is_about_cannot_be_deleted()
    {
        var world = new ApprovalWorld();
        var model = CreateModel(world, "2026.03-1");
        RequestModelChange(world, model);

        ProductEmulator.Fault(() => world.As(world.Requester).Delete("hitl_scoringmodel", model));

        Assert.NotNull(world.Emulator.Find("hitl_scoringmodel", model));
    }

    private static Guid CreateModel(ApprovalWorld world, string version) =>
        world.As(world.Requester).Create(new Entity("hitl_scoringmodel")
        {
            ["hitl_name"] = "Inbound web leads",
            ["hitl_version"] = version,
            ["hitl_document"] = Hitl.Core.Scoring.DefaultScoringModel.Json,
            ["hitl_status"] = new OptionSetValue(741200000),
            ["hitl_authorid"] = new EntityReference("systemuser", world.Requester),
        });

    private static Guid RequestModelChange(ApprovalWorld world, Guid model) =>
        world.As(world.Requester).Create(new Entity("hitl_approval")
        {
            ["hitl_type"] = new OptionSetValue(ApprovalType.ModelChange.Value),
            ["hitl_scoringmodelid"] = new EntityReference("hitl_scoringmodel", model),
            ["hitl_evidence"] = "{\"gradeShift\":{\"A\":3,\"B\":-3},\"reviewShare\":{\"from\":0.2,\"to\":0.25}}",
            ["hitl_recommendation"] = new OptionSetValue((int)ApprovalDecision.Approve),
            ["ownerid"] = new EntityReference("systemuser", world.Owner),
        });
}
