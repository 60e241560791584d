namespace Hitl.Solution.ModelTests;

/// <summary>Each test breaks one file of a copy of the valid fixture and checks the error names that file and the problem.</summary>
public sealed class ValidationTests : IDisposable
{
    private const string Step = FixtureFolder.StepFile;
    private const string Update = "{20bebb1b-ea3e-db11-86a7-000a3a5473e8}";
    private readonly FixtureFolder _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Valid_fixture_loads() => Assert.Equal("FixtureSales", _fixture.Load().Manifest.UniqueName);

    [Fact]
    public void Malformed_xml_names_the_file() =>
        _fixture.Replace(FixtureFolder.ProjectEntityFile, "</EntitySetName>", "</EntitySet>")
            .LoadFails(FixtureFolder.ProjectEntityFile, "malformed XML");

    [Fact]
    public void Malformed_flow_json_names_the_file()
    {
        const string json = "Workflows/Fixture-Notifyonproject-3F0B6C1E-1111-4A4A-9C9C-000000000029.json";
        _fixture.Replace(json, "\"actions\": {}", "\"actions\": {,}").LoadFails(json, "malformed JSON");
    }

    [Fact]
    public void Missing_solution_xml_is_reported() =>
        _fixture.Delete("Other/Solution.xml").LoadFails("Other/Solution.xml", "file not found");

    [Fact]
    public void Unknown_global_option_set_is_reported() =>
        _fixture.Replace(FixtureFolder.ProjectEntityFile, "<OptionSetName>fx_priority</OptionSetName>", "<OptionSetName>fx_missing</OptionSetName>")
            .LoadFails(FixtureFolder.ProjectEntityFile, "'fx_missing', which is not in OptionSets/");

    [Fact]
    public void Relationship_to_unknown_table_is_reported() =>
        _fixture.Replace("Other/Relationships/Lead.xml", "<ReferencedEntityName>Lead</ReferencedEntityName>", "<ReferencedEntityName>fx_Ghost</ReferencedEntityName>")
            .LoadFails("Other/Relationships/Lead.xml", "names table 'fx_Ghost'");

    [Fact]
    public void Unknown_message_id_is_rejected() =>
        _fixture.Replace(Step, Update, "{00000000-0000-0000-0000-000000000001}")
            .LoadFails(Step, "is not a known SDK message");

    [Fact]
    public void Step_on_unknown_table_is_rejected() =>
        _fixture.Replace(Step, "<PrimaryEntity>fx_project</PrimaryEntity>", "<PrimaryEntity>fx_ghost</PrimaryEntity>")
            .LoadFails(Step, "registered on table 'fx_ghost'");

    [Fact]
    public void Step_on_a_message_the_table_does_not_support_is_rejected() =>
        _fixture.Replace(Step, Update, "{dbbdbb1b-ea3e-db11-86a7-000a3a5473e8}")
            .Replace(Step, "<SdkMessageProcessingStepImages>", "<Ignored>").Replace(Step, "</SdkMessageProcessingStepImages>", "</Ignored>")
            .LoadFails(Step, "does not support message Merge");

    [Fact]
    public void Stage_outside_10_20_40_is_rejected() =>
        _fixture.Replace(Step, "<Stage>40</Stage>", "<Stage>30</Stage>").LoadFails(Step, "has <Stage> 30");

    [Fact]
    public void Async_step_outside_post_operation_is_rejected() =>
        _fixture.Replace(Step, "<Stage>40</Stage>", "<Stage>20</Stage>").Replace(Step, "<Mode>0</Mode>", "<Mode>1</Mode>")
            .LoadFails(Step, "asynchronous steps must be PostOperation");

    [Fact]
    public void Pre_image_on_create_is_rejected() =>
        _fixture.Replace(Step, Update, "{9ebdbb1b-ea3e-db11-86a7-000a3a5473e8}")
            .Replace(Step, "<FilteringAttributes>fx_name,statecode</FilteringAttributes>", "<FilteringAttributes />")
            .Replace(Step, "<MessagePropertyName>Target</MessagePropertyName>", "<MessagePropertyName>Id</MessagePropertyName>")
            .LoadFails(Step, "Create has no pre image");

    [Fact]
    public void Post_image_on_delete_is_rejected() =>
        _fixture.Replace(Step, Update, "{a1bdbb1b-ea3e-db11-86a7-000a3a5473e8}")
            .Replace(Step, "<ImageType>0</ImageType>", "<ImageType>1</ImageType>")
            .LoadFails(Step, "Delete has no post image");

    [Fact]
    public void Post_image_before_post_operation_is_rejected() =>
        _fixture.Replace(Step, "<Stage>40</Stage>", "<Stage>20</Stage>").Replace(Step, "<ImageType>0</ImageType>", "<ImageType>2</ImageType>")
            .LoadFails(Step, "post images are only available to PostOperation (40) steps");

    [Fact]
    public void Image_on_a_message_without_images_is_rejected() =>
        _fixture.Replace(Step, Update, "{03bebb1b-ea3e-db11-86a7-000a3a5473e8}")
            .LoadFails(Step, "RetrieveMultiple does not support entity images");

    [Fact]
    public void Wrong_message_property_name_is_rejected() =>
        _fixture.Replace(Step, "<MessagePropertyName>Target</MessagePropertyName>", "<MessagePropertyName>Id</MessagePropertyName>")
            .LoadFails(Step, "<MessagePropertyName> 'Id' is wrong for Update; use Target");

    [Fact]
    public void Filtering_attribute_that_is_not_a_column_is_rejected() =>
        _fixture.Replace(Step, "<FilteringAttributes>fx_name,statecode</FilteringAttributes>", "<FilteringAttributes>fx_name, fx_colour</FilteringAttributes>")
            .LoadFails(Step, "filters on 'fx_colour', which is not a column of 'fx_project'");

    [Fact]
    public void Plugin_type_missing_from_assemblies_is_rejected() =>
        _fixture.Replace(Step, "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000901}</PluginTypeId>", "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000999}</PluginTypeId>")
            .LoadFails(Step, "which no PluginAssemblies/*/*.dll.data.xml declares");

    [Fact]
    public void Plugin_type_name_that_disagrees_with_the_id_is_rejected() =>
        _fixture.Replace(Step, "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000901}</PluginTypeId>", "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000902}</PluginTypeId>")
            .LoadFails(Step, "is 'Fixture.Plugins.CloseProject'");

    [Fact]
    public void Custom_api_parameter_type_out_of_range_is_rejected()
    {
        const string file = "customapis/fx_CloseProject/customapirequestparameters/Reason/customapirequestparameter.xml";
        _fixture.Replace(file, "<type>10</type>", "<type>13</type>").LoadFails(file, "'Reason' has <type> 13");
    }

    [Fact]
    public void Response_property_with_isoptional_is_rejected()
    {
        const string file = "customapis/fx_CloseProject/customapiresponseproperties/ClosedOn/customapiresponseproperty.xml";
        _fixture.Replace(file, "<iscustomizable>0</iscustomizable>", "<iscustomizable>0</iscustomizable><isoptional>0</isoptional>")
            .LoadFails(file, "response property 'ClosedOn' carries <isoptional>");
    }

    [Fact]
    public void Environment_variable_type_outside_the_documented_list_is_rejected()
    {
        const string file = "environmentvariabledefinitions/fx_SlaHours/environmentvariabledefinition.xml";
        _fixture.Replace(file, "<type>100000001</type>", "<type>100000009</type>").LoadFails(file, "<type> 100000009 is not a documented environment variable type");
    }

    [Fact]
    public void Boolean_environment_variable_default_must_be_yes_or_no()
    {
        const string file = "environmentvariabledefinitions/fx_KillSwitch/environmentvariabledefinition.xml";
        _fixture.Replace(file, "<defaultvalue>no</defaultvalue>", "<defaultvalue>false</defaultvalue>").LoadFails(file, "Boolean values are 'yes' or 'no'");
    }

    [Fact]
    public void Custom_table_without_primary_name_is_rejected() =>
        _fixture.Replace(FixtureFolder.ProjectEntityFile, "<DisplayMask>PrimaryName|", "<DisplayMask>")
            .LoadFails(FixtureFolder.ProjectEntityFile, "has no primary name column");

    [Fact]
    public void Unknown_column_type_is_rejected() =>
        _fixture.Replace(FixtureFolder.ProjectEntityFile, "<Type>ntext</Type>", "<Type>memo</Type>")
            .LoadFails(FixtureFolder.ProjectEntityFile, "unknown <Type> 'memo'");

    [Fact]
    public void A_step_bound_by_an_export_key_is_refused_as_unauthorable() =>
        _fixture.Replace(Step, "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000901}</PluginTypeId>",
                "<PluginTypeExportKey>2A743067763B0636E35DE38E9496464E69F0BAC3B06AD0D467898A11435DDE07</PluginTypeExportKey>")
            .LoadFails(Step, "cannot be authored");

    [Fact]
    public void A_solution_step_without_a_type_id_is_sent_to_the_registrations_folder() =>
        _fixture.Replace(Step, "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000901}</PluginTypeId>", "")
            .LoadFails(Step, "belong in the plug-in registrations folder");

    [Fact]
    public void A_package_step_with_a_type_id_is_refused() =>
        _fixture.Replace(FixtureFolder.PackageStepFile, "<PrimaryEntity>", "<PluginTypeId>{3f0b6c1e-1111-4a4a-9c9c-000000000901}</PluginTypeId><PrimaryEntity>")
            .LoadFails(FixtureFolder.PackageStepFile, "carries no <PluginTypeId>");

    [Fact]
    public void A_package_step_naming_an_assembly_outside_every_package_is_refused() =>
        _fixture.Replace(FixtureFolder.PackageStepFile, "ProjectNumbering, Fixture.Packaged<", "ProjectNumbering, Fixture.Elsewhere<")
            .LoadFails(FixtureFolder.PackageStepFile, "names assembly 'Fixture.Elsewhere'");

    [Fact]
    public void An_assembly_both_standalone_and_in_a_package_is_registered_twice() =>
        _fixture.Replace(FixtureFolder.RegistrationsFile, "<PluginAssembly name=\"Fixture.Packaged\" />",
                "<PluginAssembly name=\"Fixture.Packaged\" /><PluginAssembly name=\"Fixture.Plugins\" />")
            .LoadFails("PluginAssemblies/Fixture.Plugins-3F0B6C1E-1111-4A4A-9C9C-000000000091/Fixture.Plugins.dll.data.xml", "registered twice");

    [Fact]
    public void Registrations_of_a_package_the_solution_lacks_are_refused() =>
        _fixture.Replace(FixtureFolder.RegistrationsFile, "uniquename=\"fx_FixturePackage\"", "uniquename=\"fx_Ghost\"")
            .LoadFails(FixtureFolder.RegistrationsFile, "'fx_Ghost' is not in the solution");

    [Fact]
    public void A_custom_api_bound_by_id_and_by_registration_is_refused() =>
        _fixture.Replace(FixtureFolder.RegistrationsFile, "uniquename=\"fx_ReopenProject\"", "uniquename=\"fx_CloseProject\"")
            .LoadFails("customapis/fx_CloseProject/customapi.xml", "keep one");

    [Fact]
    public void A_binding_for_an_unknown_custom_api_is_refused() =>
        _fixture.Replace(FixtureFolder.RegistrationsFile, "uniquename=\"fx_ReopenProject\"", "uniquename=\"fx_Missing\"")
            .LoadFails(FixtureFolder.RegistrationsFile, "'fx_Missing' is bound to a plug-in type but is not under customapis/");
}
