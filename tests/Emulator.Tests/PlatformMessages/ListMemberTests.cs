using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static Hitl.Emulator.Tests.Support.FixtureSolution;

namespace Hitl.Emulator.Tests.PlatformMessages;

public class ListMemberTests
{
    private const int ContactList = 2;
    private const int LeadList = 4;

    [Fact]
    public void AddMember_creates_a_listmember_row_and_returns_its_id_once()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var list = service.List(ContactList);
        var contact = service.Contact();

        var first = (AddMemberListResponse)service.Execute(new AddMemberListRequest { ListId = list, EntityId = contact });
        var again = (AddMemberListResponse)service.Execute(new AddMemberListRequest { ListId = list, EntityId = contact });

        var member = Assert.Single(emulator.Rows("listmember"));
        Assert.Equal(member.Id, first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(list, member.GetAttributeValue<EntityReference>("listid").Id);
        Assert.Equal(new EntityReference("contact", contact), member.GetAttributeValue<EntityReference>("entityid"));
        Assert.Equal("contact", member.GetAttributeValue<string>("entitytype"));
        var trace = string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("AddMember", "list", 20)));
        Assert.Contains("Stage=20;Mode=0;Depth=1;Message=AddMember;Entity=list", trace);
        Assert.Contains($"PrimaryEntityId={list}", trace);
    }

    [Fact]
    public void A_step_declared_in_a_step_file_on_AddMember_runs_with_the_message_context()
    {
        // Fixtures/Basic/SdkMessageProcessingSteps/{6d1e0c4a-…}.xml names AddMember by its confirmed sdkmessage id.
        var emulator = NewEmulator();
        var service = emulator.CreateService();
        // A lead list: the fixture's contact Create step is a deliberately stateful plug-in that other tests share.
        var list = service.List(LeadList);

        service.Execute(new AddMemberListRequest { ListId = list, EntityId = service.Lead() });

        var trace = string.Join("\n", emulator.TraceOf("Tracer: AddMember of list (PostOperation, declared in a step file)"));
        Assert.Contains("Stage=40;Mode=0;Depth=1;Message=AddMember;Entity=list", trace);
        Assert.Contains($"PrimaryEntityId={list}", trace);
    }

    [Fact]
    public void AddListMembers_adds_every_member_of_the_lists_type()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var list = service.List(LeadList);
        var leads = new[] { service.Lead(), service.Lead("Fabrikam") };

        service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = leads });

        Assert.Equal(leads.OrderBy(x => x), emulator.Rows("listmember").Select(m => m.GetAttributeValue<EntityReference>("entityid").Id).OrderBy(x => x));
        Assert.Contains("Message=AddListMembers;Entity=list",
            string.Join("\n", emulator.TraceOf(PlatformMessageFixture.StepName("AddListMembers", "list", 40))));
    }

    [Fact]
    public void A_member_of_the_wrong_type_is_refused_and_no_member_is_added()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var list = service.List(LeadList);
        var lead = service.Lead();
        var contact = service.Contact();

        var one = Fault(() => service.Execute(new AddMemberListRequest { ListId = list, EntityId = contact }));
        var many = Fault(() => service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = [lead, contact] }));

        Assert.Contains("members of type 'lead'", one.Message);
        Assert.Contains("is a 'contact'", many.Message);
        Assert.Empty(emulator.Rows("listmember"));
    }

    [Fact]
    public void Refusals_name_the_missing_parameter_or_row_and_write_nothing()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var contact = service.Contact();
        var dynamicList = service.List(ContactList, dynamic: true);

        var noList = Fault(() => service.Execute(new AddMemberListRequest { EntityId = contact }));
        var noMember = Fault(() => service.Execute(new AddMemberListRequest { ListId = dynamicList }));
        var noMembers = Fault(() => service.Execute(new AddListMembersListRequest { ListId = dynamicList, MemberIds = [] }));
        var unknownList = Fault(() => service.Execute(new AddMemberListRequest { ListId = Guid.NewGuid(), EntityId = contact }));
        var dynamic = Fault(() => service.Execute(new AddMemberListRequest { ListId = dynamicList, EntityId = contact }));
        var unknownMember = Fault(() => service.Execute(new AddMemberListRequest { ListId = service.List(ContactList), EntityId = Guid.NewGuid() }));

        Assert.Contains("'ListId'", noList.Message);
        Assert.Contains("'EntityId'", noMember.Message);
        Assert.Contains("'MemberIds'", noMembers.Message);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, unknownList.ErrorCode);
        Assert.Contains("list With Id", unknownList.Message);
        Assert.Contains("dynamic marketing list", dynamic.Message);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, unknownMember.ErrorCode);
        Assert.Empty(emulator.Rows("listmember"));
    }

    [Fact]
    public void A_failing_AddListMembers_step_rolls_back_every_member()
    {
        var emulator = PlatformMessageFixture.WithRefusingStep("AddListMembers", "list");
        var service = emulator.CreateService();
        var list = service.List(ContactList);

        var fault = Fault(() => service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = [service.Contact(), service.Contact("Park")] }));

        Assert.Equal("Refused by a AddListMembers step.", fault.Message);
        Assert.Empty(emulator.Rows("listmember"));
    }

    [Fact]
    public void Adding_members_needs_append_on_the_list()
    {
        var emulator = PlatformMessageFixture.NewEmulator();
        var service = emulator.CreateService();
        var list = service.List(ContactList);
        var contact = service.Contact();
        var user = emulator.AddUser("No Roles");

        var fault = Fault(() => emulator.CreateService(user).Execute(new AddMemberListRequest { ListId = list, EntityId = contact }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvAppendList", fault.Message);
        Assert.Empty(emulator.Rows("listmember"));
    }
}
