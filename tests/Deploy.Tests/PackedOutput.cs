namespace Hitl.Deploy.Tests;

/// <summary>
/// One stand-in build and one pack (without pac) into a temporary output folder, shared by the
/// packaging test classes: the build takes most of a minute, so it runs once.
/// </summary>
public sealed class PackedOutput : IDisposable
{
    private readonly TempFolder folder = new();

    public PackedOutput()
    {
        Build = Script.Run("build.sh", "--standin", "--out", Out);
        Pack = Build.ExitCode == 0 ? Script.Run("pack.sh", "--standin", "--out", Out) : Build;
    }

    internal ScriptResult Build { get; }

    internal ScriptResult Pack { get; }

    public string Out => folder.Path;

    public string Bin => Path.Combine(Out, "bin", "net462");

    public string Staged => Path.Combine(Out, "solution");

    public string Nupkg => Directory.GetFiles(Out, "hitl_HitlSales.*.nupkg").Single();

    public void Dispose() => folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackedOutput>
{
    public const string Name = "packed output";
}
