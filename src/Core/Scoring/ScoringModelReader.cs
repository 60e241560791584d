using Hitl.Core.Approvals;
using Hitl.Core.Scoring.Logistic;
using Hitl.Core.Scoring.Points;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring;

/// <summary>
/// Validates a scoring model document (docs/scoring.md, docs/schemas/scoring-model.schema.json) and compiles it into
/// an immutable <see cref="ScoringModel"/>. Every fault is reported with its JSON path in one pass.
/// </summary>
public static class ScoringModelReader
{
    public const int SchemaVersion = 1;
    public const int MaxReasons = 10;
    private static readonly string[] CommonProperties = { "$schema", "schemaVersion", "name", "version", "description", "kind", "grades", "reasons" };
    private static readonly string[] PointsProperties = CommonProperties.Concat(new[] { "basePoints", "rules" }).ToArray();
    private static readonly string[] LogisticProperties = CommonProperties.Concat(new[] { "intercept", "features" }).ToArray();

    /// <summary>Reads a document against the columns a model may use and the columns it must not.</summary>
    public static ScoringModelReadResult Read(string? json, LeadColumnCatalog catalog, ProtectedAttributes protectedAttributes)
    {
        if (catalog == null) throw new ArgumentNullException(nameof(catalog));
        if (protectedAttributes == null) throw new ArgumentNullException(nameof(protectedAttributes));
        var reader = new ModelJson();
        var model = Read(reader, reader.Parse(json), new ModelColumns(reader, catalog, protectedAttributes));
        return new ScoringModelReadResult(model, reader.Faults);
    }

    private static ScoringModel? Read(ModelJson json, JToken? token, ModelColumns columns)
    {
        if (token == null) return null;
        if (!(token is JObject document))
        {
            json.Fault("$", $"a scoring model is a JSON object, not {ModelJson.Describe(token)}.");
            return null;
        }

        var schemaVersion = json.Integer(json.Required(document, "$", "schemaVersion"), "$.schemaVersion", int.MinValue, int.MaxValue);
        if (schemaVersion != null && schemaVersion != SchemaVersion)
        {
            // A later format may mean something else by the same fields: refuse rather than guess.
            json.Fault("$.schemaVersion", $"{schemaVersion} is not supported; this version reads schemaVersion {SchemaVersion}.");
            return null;
        }

        var name = json.Text(json.Required(document, "$", "name"), "$.name", 100);
        var version = json.Text(json.Required(document, "$", "version"), "$.version", 50);
        if (document["description"] != null) json.Text(document["description"], "$.description", 2000);
        if (document["$schema"] != null) json.Text(document["$schema"], "$['$schema']", 200);
        var grades = ReadGrades(json, document);
        var reasons = json.Integer(json.Required(document, "$", "reasons"), "$.reasons", 0, MaxReasons);
        var kind = ReadKind(json, document);
        if (kind == null) return null;

        var header = name == null || version == null || grades == null || reasons == null
            ? null
            : new ScoringModelHeader(name, version, kind.Value, grades, reasons.Value);
        return kind == ScoringModelKind.Points ? ReadPoints(json, document, columns, header) : ReadLogistic(json, document, columns, header);
    }

    private static ScoringModelKind? ReadKind(ModelJson json, JObject document)
    {
        var kind = json.Text(json.Required(document, "$", "kind"), "$.kind", 20);
        switch (kind)
        {
            case null:
                return null;
            case "points":
                return ScoringModelKind.Points;
            case "logistic":
                return ScoringModelKind.Logistic;
            default:
                json.Fault("$.kind", $"{InputText.Quote(kind)} is not a model kind; use \"points\" or \"logistic\".");
                return null;
        }
    }

    private static ScoringModel? ReadPoints(ModelJson json, JObject document, ModelColumns columns, ScoringModelHeader? header)
    {
        json.OnlyProperties(document, "$", PointsProperties);
        var basePoints = json.Integer(json.Required(document, "$", "basePoints"), "$.basePoints", 0, 100);
        var rules = new PointsRuleReader(json, columns).ReadAll(document);
        return header == null || basePoints == null ? null : new PointsScoringModel(header, basePoints.Value, rules);
    }

    private static ScoringModel? ReadLogistic(ModelJson json, JObject document, ModelColumns columns, ScoringModelHeader? header)
    {
        json.OnlyProperties(document, "$", LogisticProperties);
        var intercept = json.Number(json.Required(document, "$", "intercept"), "$.intercept");
        var features = new LogisticFeatureReader(json, columns).ReadAll(document);
        return header == null || intercept == null ? null : new LogisticScoringModel(header, intercept.Value, features);
    }

    /// <summary>{"A":75,"B":50,"C":25}: each 0–100, strictly descending; D is every score below C.</summary>
    private static GradeCutoffs? ReadGrades(ModelJson json, JObject document)
    {
        var obj = json.Object(json.Required(document, "$", "grades"), "$.grades");
        if (obj == null) return null;
        foreach (var property in obj.Properties().Where(p => p.Name != "A" && p.Name != "B" && p.Name != "C"))
        {
            json.Fault(ModelJson.Child("$.grades", property.Name), $"{InputText.Quote(property.Name)} is not a cut-off; give A, B and C (D is every score below C).");
        }

        var a = json.Integer(json.Required(obj, "$.grades", "A"), "$.grades.A", 0, 100);
        var b = json.Integer(json.Required(obj, "$.grades", "B"), "$.grades.B", 0, 100);
        var c = json.Integer(json.Required(obj, "$.grades", "C"), "$.grades.C", 0, 100);
        if (a == null || b == null || c == null) return null;
        if (!(a > b && b > c))
        {
            json.Fault("$.grades", $"cut-offs must descend, A > B > C; got A {a}, B {b}, C {c}.");
            return null;
        }

        return new GradeCutoffs(a.Value, b.Value, c.Value);
    }
}
