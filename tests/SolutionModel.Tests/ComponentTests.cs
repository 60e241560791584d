using System.Text.Json;
using Hitl.Core.Configuration;
using Hitl.Dataverse.CustomApis;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Solution.ModelTests;

public class ComponentTests(LoadedFixture fixture) : IClassFixture<LoadedFixture>
{
    private readonly SolutionModel _model = fixture.Model;

    [Fact]
    public void Environment_variables_carry_type_default_and_current_value()
    {
        var sla = _model.EnvironmentVariables["fx_slahours"];
        Assert.Equal(("fx_SlaHours", "SLA hours", SettingType.Number), (sla.SchemaName, sla.DisplayName, sla.Type));
        Assert.Equal(("48", "24", "24"), (sla.DefaultValue, sla.CurrentValue, sla.EffectiveValue));
        Assert.True(sla.IsRequired);
        Assert.Equal("Hours before a project review is overdue.", sla.Description);

        var kill = _model.EnvironmentVariables["fx_KillSwitch"];
        Assert.Equal((SettingType.Boolean, "no", (string?)null, "no"), (kill.Type, kill.DefaultValue, kill.CurrentValue, kill.EffectiveValue));
    }

    [Fact]
    public void Custom_api_has_parameters_and_response_properties()
    {
        var api = _model.CustomApis["fx_CloseProject"];
        Assert.Equal((CustomApiBindingType.Global, false, CustomApiProcessingStepType.SyncAndAsync), (api.BindingType, api.IsFunction, api.AllowedCustomProcessingStepType));
        Assert.Equal(Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000902"), api.PluginTypeId);
        Assert.Equal("prvWritefx_Project", api.ExecutePrivilegeName);
        Assert.Null(api.BoundEntityLogicalName);
        Assert.Equal("Close project", api.DisplayName);

        Assert.Equal(new CustomApiRequestParameter("Project", "fx_CloseProject.Project", "Project", "Project", CustomApiFieldType.EntityReference, false, "fx_project"),
            api.FindRequestParameter("Project"));
        Assert.True(api.FindRequestParameter("Reason")!.IsOptional);
        Assert.Equal(CustomApiFieldType.DateTime, Assert.Single(api.ResponseProperties).Type);
        Assert.Null(api.FindRequestParameter("reason"));
    }

    [Fact]
    public void Plugin_assembly_full_name_is_split_and_types_listed()
    {
        var assembly = Assert.Single(_model.PluginAssemblies);
        Assert.Equal(("Fixture.Plugins", new Version(1, 0, 0, 0), "neutral", "0123456789abcdef"), (assembly.Name, assembly.Version, assembly.Culture, assembly.PublicKeyToken));
        Assert.Equal(IsolationMode.Sandbox, assembly.IsolationMode);
        Assert.Equal(2, assembly.PluginTypes.Count);
        var type = _model.FindPluginType(Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000901"))!;
        Assert.Equal("Fixture.Plugins.ProjectAudit", type.Name);
        Assert.StartsWith("Fixture.Plugins.ProjectAudit, Fixture.Plugins, Version=1.0.0.0", type.AssemblyQualifiedName);
        Assert.Null(_model.FindPluginType(Guid.NewGuid()));
    }

    [Fact]
    public void Step_registration_is_read_with_configuration_and_images()
    {
        var step = _model.Steps.Single(s => s.PluginTypeId is not null);
        Assert.Equal(("Update", "fx_project", PipelineStage.PostOperation, StepMode.Synchronous, 5), (step.MessageName, step.PrimaryEntity, step.Stage, step.Mode, step.Rank));
        Assert.Equal(new[] { "fx_name", "statecode" }, step.FilteringAttributes);
        Assert.Equal(("{\"audit\":true}", "secret-value"), (step.UnsecureConfiguration, step.SecureConfiguration));
        Assert.Equal(Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000901"), step.PluginTypeId);
        var image = Assert.Single(step.Images);
        Assert.Equal(("PreImage", "PreImage", ImageType.PreImage, "Target"), (image.Name, image.EntityAlias, image.ImageType, image.MessagePropertyName));
        Assert.Equal(new[] { "fx_name", "statecode" }, image.Attributes);
        Assert.True(image.IsPreImage && !image.IsPostImage);
        Assert.Same(step, _model.StepsFor("update", "FX_PROJECT").Single());
        Assert.Empty(_model.StepsFor("Delete", "fx_project"));
    }

    [Fact]
    public void Plugin_package_lists_the_assemblies_its_registrations_declare()
    {
        var package = Assert.Single(_model.PluginPackages);
        Assert.Equal(("fx_FixturePackage", "1.0.0", "pluginpackages/fx_FixturePackage/pluginpackage.xml"), (package.UniqueName, package.Version, package.SourceFile));
        Assert.Equal(new[] { "Fixture.Packaged" }, package.AssemblyNames);
        Assert.EndsWith("plugin-registrations", _model.RegistrationsFolder);
    }

    [Fact]
    public void Package_step_names_its_type_and_has_no_type_id()
    {
        var step = _model.StepsFor("Create", "fx_project").Single();
        Assert.Null(step.PluginTypeId);
        Assert.Equal(("Fixture.Packaged.ProjectNumbering", "Fixture.Packaged"), (step.PluginTypeFullName, step.PluginAssemblyName));
        Assert.Equal(("plugin-registrations/SdkMessageProcessingSteps/{3f0b6c1e-1111-4a4a-9c9c-000000000094}.xml", PipelineStage.PreOperation),
            (step.SourceFile, step.Stage));
    }

    [Fact]
    public void Custom_api_types_come_from_the_classic_id_or_the_registrations()
    {
        Assert.StartsWith("Fixture.Plugins.CloseProject, Fixture.Plugins, Version=1.0.0.0", _model.CustomApis["fx_CloseProject"].PluginTypeName);
        var reopen = _model.CustomApis["fx_ReopenProject"];
        Assert.Equal(((Guid?)null, "Fixture.Packaged.ReopenProject, Fixture.Packaged"), (reopen.PluginTypeId, reopen.PluginTypeName));
    }

    [Fact]
    public void Without_a_registrations_folder_package_steps_and_bindings_are_absent()
    {
        using var fixture = new FixtureFolder();
        fixture.Delete(FixtureFolder.PackageStepFile).Delete(FixtureFolder.RegistrationsFile);
        Directory.Delete(Path.Combine(Path.GetDirectoryName(fixture.Root)!, SolutionModel.RegistrationsFolderName), recursive: true);

        var model = fixture.Load();
        Assert.Null(model.RegistrationsFolder);
        Assert.Empty(Assert.Single(model.PluginPackages).AssemblyNames);
        Assert.Null(model.CustomApis["fx_ReopenProject"].PluginTypeName);
        Assert.Single(model.Steps);
    }

    [Fact]
    public void Role_privileges_are_parsed_into_action_and_table()
    {
        var role = Assert.Single(_model.Roles);
        Assert.Equal("Fixture Project Manager", role.Name);
        Assert.Contains(new RolePrivilege("prvAppendTofx_Project", PrivilegeDepth.Local, "AppendTo", "fx_Project"), role.Privileges);
        Assert.Contains(new RolePrivilege("prvReadLead", PrivilegeDepth.Global, "Read", "Lead"), role.Privileges);
        Assert.Equal("Create", role.Privileges[0].Action);
    }

    [Fact]
    public void Cloud_flow_is_read_with_its_json()
    {
        var flow = Assert.Single(_model.Flows);
        Assert.Equal((Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000029"), "Fixture - Notify on project", true), (flow.Id, flow.Name, flow.IsActivated));
        Assert.Equal("fx_Dataverse", flow.ConnectionReferences["shared_commondataserviceforapps"]);
        var trigger = flow.Definition.GetProperty("triggers").EnumerateObject().Single().Value;
        Assert.Equal("fx_project", trigger.GetProperty("inputs").GetProperty("parameters").GetProperty("subscriptionRequest/entityname").GetString());
        Assert.Equal("1.0.0.0", flow.Json.GetProperty("schemaVersion").GetString());
        Assert.Equal(JsonValueKind.Object, flow.Definition.ValueKind);
        Assert.Equal("Workflows/Fixture-Notifyonproject-3F0B6C1E-1111-4A4A-9C9C-000000000029.json", flow.JsonFile);
    }

    [Fact]
    public void Form_lists_the_columns_its_controls_bind()
    {
        var form = Assert.Single(_model.Forms);
        Assert.Equal(("fx_project", "main", "Information"), (form.Table, form.FormType, form.Name));
        Assert.Equal(new[] { new ColumnReference("fx_project", "fx_name"), new ColumnReference("fx_project", "ownerid") }, form.Columns);
    }

    [Fact]
    public void View_lists_fetch_layout_and_linked_columns()
    {
        var view = Assert.Single(_model.Views);
        Assert.Equal(("fx_project", "Active Projects", 0, true, false), (view.Table, view.Name, view.QueryType, view.IsDefault, view.IsQuickFind));
        Assert.Equal(
            new[] { "fx_project.fx_name", "fx_project.fx_duedate", "fx_project.statecode", "lead.leadid", "fx_project.fx_leadid", "lead.fullname", "fx_project.fx_projectid" },
            view.Columns.Select(c => $"{c.Table}.{c.Column}"));
    }

    [Fact]
    public void App_module_and_site_map_list_their_components()
    {
        var app = Assert.Single(_model.AppModules);
        Assert.Equal(("fx_ProjectsApp", "Projects"), (app.UniqueName, app.DisplayName));
        Assert.Contains(new AppModuleComponent(ComponentType.SystemForm, null, Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000060")), app.Components);
        Assert.Contains(new AppModuleComponent(ComponentType.Entity, "fx_project", null), app.Components);
        Assert.Equal(new[] { Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000020") }, app.RoleIds);
        var siteMap = Assert.Single(_model.SiteMaps);
        Assert.Equal("fx_ProjectsApp", siteMap.UniqueName);
        Assert.Equal(new[] { "fx_project" }, siteMap.Tables);
    }
}
