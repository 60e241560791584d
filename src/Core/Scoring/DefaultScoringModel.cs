namespace Hitl.Core.Scoring;

/// <summary>
/// The built-in points model (DefaultScoringModel.json, documented in docs/scoring.md): it applies while no scoring
/// model is active. Read and compiled once, against the standard catalog and the default protected attributes.
/// </summary>
public static class DefaultScoringModel
{
    private const string ResourceName = "Hitl.Core.Scoring.DefaultScoringModel.json";
    private static readonly Lazy<string> LazyJson = new(ReadResource);
    private static readonly Lazy<ScoringModel> LazyModel = new(() => ScoringModelReader.Read(Json, LeadColumnCatalog.Standard, ProtectedAttributes.Default).ModelOrThrow());

    /// <summary>The document as shipped.</summary>
    public static string Json => LazyJson.Value;

    public static ScoringModel Model => LazyModel.Value;

    private static string ReadResource()
    {
        using var stream = typeof(DefaultScoringModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(DefaultScoringModel).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
