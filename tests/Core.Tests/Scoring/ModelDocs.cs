using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

/// <summary>Small valid model documents for tests to vary, read against the standard catalog and default protected attributes.</summary>
internal static class ModelDocs
{
    public const string Grades = """{"A":75,"B":50,"C":25}""";

    public static string Points(string rules, int basePoints = 30, string grades = Grades, int reasons = 3) => $$"""
        {"schemaVersion":1,"name":"Test points","version":"t-1","kind":"points","basePoints":{{basePoints}},
         "rules":[{{rules}}],"grades":{{grades}},"reasons":{{reasons}}}
        """;

    public static string Logistic(string features, double intercept = 0, string grades = Grades, int reasons = 3) => $$"""
        {"schemaVersion":1,"name":"Test logistic","version":"t-2","kind":"logistic","intercept":{{intercept.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}},
         "features":[{{features}}],"grades":{{grades}},"reasons":{{reasons}}}
        """;

    public static ScoringModelReadResult Read(string json) => ScoringModelReader.Read(json, LeadColumnCatalog.Standard, ProtectedAttributes.Default);

    public static ScoringModel Compile(string json) => Read(json).ModelOrThrow();

    public static IReadOnlyList<string> Faults(string json) => Read(json).Faults.Select(f => f.ToString()).ToList();

    public static Dictionary<string, object?> Lead(params (string Column, object? Value)[] values) =>
        values.ToDictionary(v => v.Column, v => v.Value);
}
