using System.Reflection;

namespace Hitl.Solution.Tests;

/// <summary>
/// The plug-in model (pac-scripts/README.md, "The plug-in package decision"): the package hitl_HitlSales carries every
/// assembly; steps and custom API bindings are declared in plugin-registrations/ and name built IPlugin types.
/// Checked against the built net10.0 plug-in assemblies (referenced by this project).
/// </summary>
public class PluginRegistrationTests(RealSolution solution) : IClassFixture<RealSolution>
{
    [Fact]
    public void Plugins_ship_only_in_the_plugin_package()
    {
        var model = solution.Model;
        var package = Assert.Single(model.PluginPackages);
        Assert.Equal("hitl_HitlSales", package.UniqueName);
        RealSolution.AssertNone(
            model.PluginAssemblies.Select(a => $"{a.SourceFile}: '{a.Name}' is registered as a standalone assembly; the sandbox cannot load its dependencies (Hitl.Core, Newtonsoft.Json, ...)"),
            "Standalone plug-in assemblies");
        RealSolution.AssertNone(
            model.Steps.Where(s => s.PluginTypeId is not null).Select(s => $"{s.SourceFile}: step '{s.Name}' binds by PluginTypeId to a standalone assembly"),
            "Steps bound to standalone assemblies");
        RealSolution.AssertNone(
            model.CustomApis.Values.Where(a => a.PluginTypeId is not null).Select(a => $"{a.SourceFile}: custom API '{a.UniqueName}' binds by <plugintypeid>; bind it in plugin-registrations/PluginRegistrations.xml"),
            "Custom APIs bound by a hand-written plug-in type id");
    }

    [Fact]
    public void Every_step_names_a_plugin_type_that_exists_and_implements_IPlugin()
    {
        var problems = solution.Model.Steps
            .Select(step => (step, problem: TypeProblem(step.PluginTypeFullName, step.PluginAssemblyName)))
            .Where(x => x.problem is not null)
            .Select(x => $"{x.step.SourceFile}: step '{x.step.Name}': {x.problem}");
        RealSolution.AssertNone(problems, "Steps whose plug-in type is not a built IPlugin");
    }

    [Fact]
    public void Every_custom_api_has_a_main_plugin_type_that_exists_and_implements_IPlugin()
    {
        var problems = solution.Model.CustomApis.Values
            .Select(api => (api, problem: api.PluginTypeName is { } name
                ? TypeProblem(PluginTypeNames.TypeName(name), PluginTypeNames.AssemblyName(name))
                : "no plug-in type: bind one in plugin-registrations/PluginRegistrations.xml"))
            .Where(x => x.problem is not null)
            .Select(x => $"{x.api.SourceFile}: custom API '{x.api.UniqueName}': {x.problem}");
        RealSolution.AssertNone(problems, "Custom APIs whose plug-in type is not a built IPlugin");
    }

    [Fact]
    public void Every_assembly_listed_in_the_package_is_built_and_holds_plugin_types()
    {
        var problems = new List<string>();
        foreach (var name in solution.Model.PluginPackages.SelectMany(p => p.AssemblyNames))
        {
            var assembly = Load(name);
            if (assembly is null)
            {
                problems.Add($"plug-in assembly '{name}' is not built by this repository");
            }
            else if (!assembly.GetTypes().Any(t => typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(t) && !t.IsAbstract))
            {
                problems.Add($"'{name}' holds no IPlugin class: Dataverse registers only assemblies with plug-in types, list it nowhere");
            }
            else if (assembly.GetName().GetPublicKeyToken() is not { Length: 8 })
            {
                // Learn, "Dependent Assembly plug-ins", Signing: a signed assembly can load only signed dependencies, and ours are signed.
                problems.Add($"'{name}' is not strong-named");
            }
        }

        RealSolution.AssertNone(problems, "Package assemblies out of step with the build");
    }

    private static string? TypeProblem(string typeName, string assemblyName)
    {
        var assembly = Load(assemblyName);
        if (assembly is null)
        {
            return $"assembly '{assemblyName}' is not built by this repository";
        }

        var type = assembly.GetType(typeName, throwOnError: false);
        if (type is null)
        {
            return $"type '{typeName}' does not exist in {assemblyName}";
        }

        if (!typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(type) || type.IsAbstract)
        {
            return $"type '{typeName}' is not a concrete Microsoft.Xrm.Sdk.IPlugin";
        }

        return null;
    }

    private static Assembly? Load(string simpleName)
    {
        try
        {
            return Assembly.Load(new AssemblyName(simpleName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
