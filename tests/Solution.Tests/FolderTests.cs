using System.Xml;

namespace Hitl.Solution.Tests;

public class FolderTests(RealSolution solution) : IClassFixture<RealSolution>
{
    [Fact]
    public void Every_xml_file_is_well_formed()
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(RealSolution.Folder, "*.xml", SearchOption.AllDirectories))
        {
            try
            {
                using var reader = XmlReader.Create(file);
                while (reader.Read())
                {
                }
            }
            catch (XmlException ex)
            {
                problems.Add($"{RealSolution.Relative(file)}: {ex.Message}");
            }
        }

        RealSolution.AssertNone(problems, "Malformed XML");
    }

    [Fact]
    public void The_model_loads()
    {
        var model = solution.Model;
        Assert.Equal("HitlSales", model.Manifest.UniqueName);
        Assert.Equal("HITL Sales", model.Manifest.DisplayName);
        Assert.Equal(new Publisher("hitl", "HITL Sales", "hitl", 74120), model.Manifest.Publisher);
        Assert.Equal(SolutionPackageType.Unmanaged, model.Manifest.Managed);
    }

    [Fact]
    public void Every_root_component_exists_in_the_folder()
    {
        var model = solution.Model;
        var problems = model.Manifest.RootComponents
            .Where(root => !Exists(model, root))
            .Select(root => $"Other/Solution.xml: RootComponent type {(int)root.Type} ({root.Type}) {root.SchemaName ?? root.Id?.ToString("B")} has no matching component in the folder");
        RealSolution.AssertNone(problems, "Root components without a component");
    }

    [Fact]
    public void Custom_tables_are_root_components()
    {
        var model = solution.Model;
        var roots = model.Manifest.RootComponents.Where(r => r.Type == ComponentType.Entity).Select(r => r.SchemaName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = model.Tables.Values
            .Where(t => t.SourceFile is not null && !t.IsIntersect && !roots.Contains(t.LogicalName))
            .Select(t => $"{t.SourceFile}: table '{t.LogicalName}' has no type 1 RootComponent in Other/Solution.xml");
        RealSolution.AssertNone(problems, "Tables missing from RootComponents");
    }

    private static bool Exists(SolutionModel model, RootComponent root) => root.Type switch
    {
        ComponentType.Entity => root.SchemaName is not null && model.Tables.TryGetValue(root.SchemaName, out var table) && table.SourceFile is not null,
        ComponentType.OptionSet => root.SchemaName is not null && model.OptionSets.ContainsKey(root.SchemaName),
        ComponentType.Role => model.Roles.Any(r => r.Id == root.Id),
        ComponentType.Workflow => model.Flows.Any(f => f.Id == root.Id),
        ComponentType.SavedQuery => model.Views.Any(v => v.Id == root.Id),
        ComponentType.SystemForm => model.Forms.Any(f => f.Id == root.Id),
        ComponentType.PluginAssembly => model.PluginAssemblies.Any(a => a.Id == root.Id && a.FullName == root.SchemaName),
        // Only a classic step is a solution component; a package type's step is created by pac-scripts/bind.
        ComponentType.SdkMessageProcessingStep => model.Steps.Any(s => s.Id == root.Id && s.PluginTypeId is not null),
        ComponentType.AppModule => model.AppModules.Any(a => a.UniqueName == root.SchemaName),
        ComponentType.SiteMap => model.SiteMaps.Any(s => s.UniqueName == root.SchemaName),
        ComponentType.EnvironmentVariableDefinition => root.SchemaName is not null && model.EnvironmentVariables.ContainsKey(root.SchemaName),
        _ => false,
    };
}
