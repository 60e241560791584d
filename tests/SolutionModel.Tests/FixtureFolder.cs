using System.Reflection;
using Hitl.Solution;

namespace Hitl.Solution.ModelTests;

/// <summary>
/// A private copy of Fixtures/Valid and its sibling Fixtures/plugin-registrations in a temp folder, so a test can break
/// one file and load the result. Paths are relative to the solution root, or start with "plugin-registrations/".
/// </summary>
public sealed class FixtureFolder : IDisposable
{
    public const string RegistrationsPrefix = SolutionModel.RegistrationsFolderName + "/";

    private readonly string _base;

    public FixtureFolder()
    {
        _base = Path.Combine(Path.GetTempPath(), "hitl-solution-fixture-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_base, "Valid");
        Copy(Source, Root);
        Copy(Path.Combine(Path.GetDirectoryName(Source)!, SolutionModel.RegistrationsFolderName), Path.Combine(_base, SolutionModel.RegistrationsFolderName));
    }

    public string Root { get; }

    public static string Source
    {
        get
        {
            var repoRoot = typeof(FixtureFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "RepoRoot").Value!;
            return Path.Combine(repoRoot, "tests", "SolutionModel.Tests", "Fixtures", "Valid");
        }
    }

    public const string StepFile = "SdkMessageProcessingSteps/{3f0b6c1e-1111-4a4a-9c9c-000000000092}.xml";
    public const string ProjectEntityFile = "Entities/fx_Project/Entity.xml";
    public const string PackageStepFile = RegistrationsPrefix + "SdkMessageProcessingSteps/{3f0b6c1e-1111-4a4a-9c9c-000000000094}.xml";
    public const string RegistrationsFile = RegistrationsPrefix + "PluginRegistrations.xml";

    public SolutionModel Load() => SolutionModel.Load(Root);

    /// <summary>Replaces one exact piece of text in a file; fails the test if the piece is not there.</summary>
    public FixtureFolder Replace(string relativePath, string oldText, string newText)
    {
        var path = Full(relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText));
        return this;
    }

    public FixtureFolder Write(string relativePath, string text)
    {
        var path = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public FixtureFolder Delete(string relativePath)
    {
        File.Delete(Full(relativePath));
        return this;
    }

    /// <summary>Loads and expects a <see cref="SolutionLoadException"/> for <paramref name="file"/> whose problem contains <paramref name="fragment"/>.</summary>
    public SolutionLoadException LoadFails(string file, string fragment)
    {
        var ex = Assert.Throws<SolutionLoadException>(() => Load());
        Assert.Equal(file, ex.File);
        Assert.StartsWith(file + ": ", ex.Message);
        Assert.Contains(fragment, ex.Problem);
        return ex;
    }

    public void Dispose()
    {
        if (Directory.Exists(_base))
        {
            Directory.Delete(_base, recursive: true);
        }
    }

    private string Full(string relativePath) =>
        Path.Combine(relativePath.StartsWith(RegistrationsPrefix, StringComparison.Ordinal) ? _base : Root, relativePath);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
