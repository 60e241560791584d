namespace Hitl.Deploy.Tests;

/// <summary>A fresh output folder for one script run, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hitl-deploy-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
