namespace Hitl.Deploy.Tests;

/// <summary>A fresh output folder for script runs, deleted afterwards (also a class fixture: one folder, one tool build, per class).</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hitl-deploy-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
