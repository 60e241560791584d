namespace Hitl.Solution.ModelTests;

public class ManifestAndCatalogTests(LoadedFixture fixture) : IClassFixture<LoadedFixture>
{
    private readonly SolutionModel _model = fixture.Model;

    [Fact]
    public void Manifest_carries_identity_and_publisher()
    {
        var manifest = _model.Manifest;
        Assert.Equal("FixtureSales", manifest.UniqueName);
        Assert.Equal("Fixture Sales", manifest.DisplayName);
        Assert.Equal(new Version(1, 2, 3, 4), manifest.Version);
        Assert.Equal(SolutionPackageType.Unmanaged, manifest.Managed);
        Assert.Equal(new Publisher("fixture", "Fixture Publisher", "fx", 12345), manifest.Publisher);
        Assert.True(manifest.Publisher.OwnsOptionValue(123450001));
        Assert.False(manifest.Publisher.OwnsOptionValue(100000000));
    }

    [Fact]
    public void Root_components_keep_type_name_id_and_behavior()
    {
        var roots = _model.Manifest.RootComponents;
        Assert.Contains(new RootComponent(ComponentType.Entity, "lead", null, RootComponentBehavior.IncludeAsShellOnly), roots);
        Assert.Contains(new RootComponent(ComponentType.Role, null, Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000020"), RootComponentBehavior.IncludeSubcomponents), roots);
        var assembly = Assert.Single(roots, r => r.Type == ComponentType.PluginAssembly);
        Assert.Equal(Guid.Parse("3f0b6c1e-1111-4a4a-9c9c-000000000091"), assembly.Id);
        Assert.StartsWith("Fixture.Plugins, Version=1.0.0.0", assembly.SchemaName);
        Assert.Equal(9, roots.Count);
    }

    [Fact]
    public void Connection_references_come_from_customizations()
    {
        var reference = _model.ConnectionReferences["fx_dataverse"];
        Assert.Equal("fx_Dataverse", reference.LogicalName);
        Assert.Equal("/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps", reference.ConnectorId);
        Assert.Equal("Fixture Dataverse", reference.DisplayName);
    }

    [Theory]
    [InlineData("Create", "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("Update", "20bebb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("Delete", "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("RetrieveMultiple", "03bebb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("SetState", "1cbebb1b-ea3e-db11-86a7-000a3a5473e8")]
    public void Catalog_maps_fixed_message_ids_both_ways(string name, string id)
    {
        Assert.True(SdkMessageCatalog.Default.TryGetById(Guid.Parse(id), out var byId));
        Assert.Equal(name, byId.Name);
        Assert.Equal(Guid.Parse(id), SdkMessageCatalog.Default.Get(name).Id);
    }

    [Fact]
    public void Catalog_leaves_unconfirmed_ids_empty_but_knows_the_message()
    {
        var win = SdkMessageCatalog.Default.Get("Win");
        Assert.Null(win.Id);
        Assert.False(win.TakesImages);
        Assert.True(SdkMessageCatalog.Default.Get("Associate").RegisteredWithoutPrimaryEntity);
    }

    [Theory]
    [InlineData("WinOpportunity", "Win")]
    [InlineData("LoseOpportunity", "Lose")]
    [InlineData("SendEmail", "Send")]
    [InlineData("AddListMembersList", "AddListMembers")]
    [InlineData("AddMemberList", "AddMember")]
    [InlineData("Create", "Create")]
    [InlineData("hitl_SubmitApprovalDecision", "hitl_SubmitApprovalDecision")]
    public void Request_names_map_to_the_message_plugins_see(string request, string message) =>
        Assert.Equal(message, SdkMessageCatalog.MessageNameForRequest(request));

    [Fact]
    public void Image_rules_follow_the_pipeline()
    {
        var catalog = SdkMessageCatalog.Default;
        Assert.False(catalog.Get("Create").AllowsPreImage);
        Assert.True(catalog.Get("Create").AllowsPostImage);
        Assert.False(catalog.Get("Delete").AllowsPostImage);
        Assert.Equal(new[] { "EntityMoniker" }, catalog.Get("SetState").ImagePropertyNames);
        Assert.False(catalog.Get("Retrieve").TakesImages);
    }

    [Fact]
    public void Unknown_message_name_is_reported_by_name()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => SdkMessageCatalog.Default.Get("Frobnicate"));
        Assert.Contains("Frobnicate", ex.Message);
    }
}
