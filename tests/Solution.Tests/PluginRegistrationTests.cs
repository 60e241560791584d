using System.Reflection;

namespace Hitl.Solution.Tests;

/// <summary>Registrations in solution/ against the built net10.0 plug-in assemblies (referenced by this project).</summary>
public class PluginRegistrationTests(RealSolution solution) : IClassFixture<RealSolution>
{
    [Fact]
    public void Every_step_names_a_plugin_type_that_exists_and_implements_IPlugin()
    {
        var model = solution.Model;
        var problems = model.Steps
            .Select(step => (step, problem: TypeProblem(model.FindPluginType(step.PluginTypeId))))
            .Where(x => x.problem is not null)
            .Select(x => $"{x.step.SourceFile}: step '{x.step.Name}': {x.problem}");
        RealSolution.AssertNone(problems, "Steps whose plug-in type is not a built IPlugin");
    }

    [Fact]
    public void Every_custom_api_main_plugin_type_exists_and_implements_IPlugin()
    {
        var model = solution.Model;
        var problems = model.CustomApis.Values
            .Where(api => api.PluginTypeId is not null)
            .Select(api => (api, problem: model.FindPluginType(api.PluginTypeId!.Value) is { } type
                ? TypeProblem(type)
                : $"plugintypeid {api.PluginTypeId:B} is not declared in any PluginAssemblies/*/*.dll.data.xml"))
            .Where(x => x.problem is not null)
            .Select(x => $"{x.api.SourceFile}: custom API '{x.api.UniqueName}': {x.problem}");
        RealSolution.AssertNone(problems, "Custom APIs whose plug-in type is not a built IPlugin");
    }

    [Fact]
    public void Plugin_assembly_full_name_matches_the_built_assembly()
    {
        var problems = new List<string>();
        foreach (var declared in solution.Model.PluginAssemblies)
        {
            var built = Load(declared.Name)?.GetName();
            if (built is null)
            {
                problems.Add($"{declared.SourceFile}: assembly '{declared.Name}' is not built by this repository");
                continue;
            }

            var token = Convert.ToHexString(built.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant();
            var expected = $"{built.Name}, Version={built.Version}, Culture=neutral, PublicKeyToken={(token.Length == 0 ? "null" : token)}";
            if (!string.Equals(declared.FullName, expected, StringComparison.Ordinal))
            {
                problems.Add($"{declared.SourceFile}: FullName is '{declared.FullName}', the built assembly is '{expected}'");
            }

            foreach (var type in declared.PluginTypes.Where(t => !t.AssemblyQualifiedName.EndsWith(", " + declared.FullName, StringComparison.Ordinal)))
            {
                problems.Add($"{declared.SourceFile}: plug-in type '{type.Name}' has AssemblyQualifiedName '{type.AssemblyQualifiedName}', which does not end with the assembly FullName");
            }
        }

        RealSolution.AssertNone(problems, "Plug-in assembly data files out of step with the build");
    }

    [Fact]
    public void The_plugin_assemblies_are_strong_named_as_Dataverse_requires()
    {
        foreach (var name in new[] { "Hitl.Plugins", "Hitl.CustomApis" })
        {
            var assembly = Load(name);
            Assert.NotNull(assembly);
            Assert.True(assembly!.GetName().GetPublicKeyToken() is { Length: 8 }, $"{name} is not strong-named");
        }
    }

    private static string? TypeProblem(PluginTypeDefinition? declared)
    {
        if (declared is null)
        {
            return "its PluginTypeId is not declared in any PluginAssemblies data file";
        }

        var assembly = Load(declared.AssemblyName);
        if (assembly is null)
        {
            return $"assembly '{declared.AssemblyName}' is not built by this repository";
        }

        var type = assembly.GetType(declared.Name, throwOnError: false);
        if (type is null)
        {
            return $"type '{declared.Name}' does not exist in {declared.AssemblyName}";
        }

        if (!typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(type) || type.IsAbstract)
        {
            return $"type '{declared.Name}' is not a concrete Microsoft.Xrm.Sdk.IPlugin";
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
