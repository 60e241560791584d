namespace Hitl.Solution.Tests;

public sealed class PlaceholderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hitl-placeholders-" + Guid.NewGuid().ToString("N"));

    public PlaceholderTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Other"));
    }

    [Fact]
    public void Every_component_folder_with_content_has_its_placeholder_and_no_placeholder_is_empty()
    {
        RealSolution.AssertNone(ComponentPlaceholders.Problems(RealSolution.Folder), "Customizations.xml placeholders out of step with the folders");
    }

    [Fact]
    public void A_folder_with_content_but_no_placeholder_is_reported()
    {
        WriteCustomizations("<AppModules />");
        Write("AppModules/x_App/AppModule.xml");
        Write("AppModuleSiteMaps/x_App/AppModuleSiteMap.xml");

        var problem = Assert.Single(ComponentPlaceholders.Problems(_folder));
        Assert.Equal("AppModuleSiteMaps/ has content but Other/Customizations.xml has no <AppModuleSiteMaps />: pac solution pack would skip it", problem);
    }

    [Fact]
    public void A_placeholder_without_content_is_reported()
    {
        WriteCustomizations("<SolutionPluginAssemblies /><SdkMessageProcessingSteps />");
        Write("SdkMessageProcessingSteps/{00000000-0000-0000-0000-000000000001}.xml");
        Directory.CreateDirectory(Path.Combine(_folder, "PluginAssemblies"));

        var problem = Assert.Single(ComponentPlaceholders.Problems(_folder));
        Assert.Equal("Other/Customizations.xml has <SolutionPluginAssemblies /> but PluginAssemblies/ has no content", problem);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteCustomizations(string placeholders) =>
        File.WriteAllText(Path.Combine(_folder, "Other", "Customizations.xml"), $"<ImportExportXml><Entities />{placeholders}</ImportExportXml>");

    private void Write(string relative)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "<x />");
    }
}
