using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Hitl.Emulator.Tests.PlatformMessages;

/// <summary>
/// The optional parameter BypassCustomPluginExecution skips synchronous custom steps for callers holding
/// prvBypassCustomPlugins (https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic).
/// </summary>
public class BypassCustomPluginExecutionTests
{
    [Fact]
    public void A_system_administrator_bypassing_custom_logic_saves_past_a_refusing_step()
    {
        var emulator = PlatformMessageFixture.WithRefusingStep("Create", "opportunity");
        var service = emulator.CreateService();

        var id = ((CreateResponse)service.Execute(Bypassing(Opportunity()))).id;

        Assert.NotNull(emulator.Find("opportunity", id));
        Assert.DoesNotContain(emulator.ExecutionLog, e => e.Entity == "opportunity" && e.Message == "Create");
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(Opportunity()));
    }

    [Fact]
    public void A_user_without_the_bypass_privilege_is_refused_and_nothing_is_saved()
    {
        var emulator = PlatformMessageFixture.WithRefusingStep("Create", "opportunity");
        var user = emulator.AddUser("Nora Nobody", "nora@contoso.test");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => emulator.CreateService(user).Execute(Bypassing(Opportunity())));

        Assert.Contains("prvBypassCustomPlugins", fault.Detail.Message);
        Assert.Empty(emulator.Rows("opportunity"));
    }

    private static Entity Opportunity() => new("opportunity") { ["name"] = "Migrated deal" };

    private static CreateRequest Bypassing(Entity target)
    {
        var request = new CreateRequest { Target = target };
        request.Parameters["BypassCustomPluginExecution"] = true;
        return request;
    }
}
