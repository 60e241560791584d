namespace Hitl.Solution.ModelTests;

/// <summary>The valid fixture, loaded once for the read-only parsing tests.</summary>
public sealed class LoadedFixture
{
    public SolutionModel Model { get; } = SolutionModel.Load(FixtureFolder.Source);
}
