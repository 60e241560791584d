using FsCheck.Xunit;
using Hitl.Core.Scoring;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Tests.Scoring;

/// <summary>
/// The maths, over models and leads generated from random seeds (each model goes through the reader, so only valid
/// documents are scored): scores stay in 0–100, rise with every positive rule or coefficient, are explained exactly by
/// their contributions, and grades follow scores.
/// </summary>
public class ScoringPropertyTests
{
    private static readonly string[] NumberColumns = { "budgetamount", "estimatedamount", "estimatedvalue", "revenue", "numberofemployees" };
    private static readonly string[] BooleanColumns = { "decisionmaker", "confirminterest", "donotemail", "donotphone" };
    private static readonly string[] ChoiceColumns = { "leadsourcecode", "industrycode", "leadqualitycode", "purchasetimeframe" };
    private static readonly string[] TextColumns = { "jobtitle", "companyname", "address1_country" };
    private static readonly string[] Words = { "director", "chief", "sales", "gmbh", "inc" };

    [Property(MaxTest = 300)]
    public bool Points_score_is_the_clamped_sum_of_base_points_and_contributions(byte basePoints, int[] ruleSeeds, int[] leadSeeds)
    {
        var model = PointsModel(basePoints % 101, ruleSeeds);
        var score = model.Score(Lead(leadSeeds));

        var raw = score.BaselineValue + score.Contributions.Sum(c => c.Value);
        return score.Score >= 0 && score.Score <= 100
            && raw == score.RawValue
            && score.Score == (int)Math.Min(100, Math.Max(0, raw))
            && score.Grade == model.Grades.GradeFor(score.Score);
    }

    [Property(MaxTest = 300)]
    public bool Points_score_never_falls_when_a_positive_rule_starts_to_match(int[] pointSeeds, bool[] flags, byte basePoints, byte which)
    {
        // One rule per yes/no column, so switching one column on changes exactly one rule.
        var rules = BooleanColumns.Select((column, i) => new JObject
        {
            ["column"] = column,
            ["equals"] = true,
            ["points"] = Points(i < pointSeeds.Length ? pointSeeds[i] : i + 1),
        });
        var model = Compile(PointsDocument(basePoints % 101, rules));
        var lead = BooleanColumns.Select((column, i) => (column, (object?)(i < flags.Length && flags[i]))).ToDictionary(p => p.column, p => p.Item2);
        var switched = BooleanColumns[which % BooleanColumns.Length];
        lead[switched] = false;
        var before = model.Score(lead);
        lead[switched] = true;
        var after = model.Score(lead);

        var points = Points(which % BooleanColumns.Length < pointSeeds.Length ? pointSeeds[which % BooleanColumns.Length] : which % BooleanColumns.Length + 1);
        return after.RawValue == before.RawValue + points
            && (points < 0 || after.Score >= before.Score)
            && (points > 0 || after.Score <= before.Score);
    }

    [Property(MaxTest = 300)]
    public bool Logistic_contributions_sum_to_the_log_odds_less_the_baseline(int intercept, int[] featureSeeds, int[] leadSeeds)
    {
        var model = LogisticModel(intercept % 5, featureSeeds);
        var score = model.Score(Lead(leadSeeds));

        var z = score.BaselineValue + score.Contributions.Sum(c => c.Value);
        return score.Score >= 0 && score.Score <= 100
            && score.BaselineValue == ((LogisticScoringModel)model).Intercept
            && Math.Abs(z - score.RawValue) <= 1e-9 * (1 + Math.Abs(z))
            && score.Score == LogisticScoringModel.ScoreFromLogOdds(score.RawValue)
            && score.Grade == model.Grades.GradeFor(score.Score);
    }

    [Property(MaxTest = 300)]
    public bool Logistic_score_never_falls_as_a_feature_with_a_positive_coefficient_rises(int[] featureSeeds, int[] leadSeeds, int x, ushort increase)
    {
        var model = LogisticModel(0, featureSeeds);
        var lead = Lead(leadSeeds);
        var column = NumberColumns[Math.Abs(x % NumberColumns.Length)];
        var rising = Coefficient(featureSeeds, column) < 0 ? -1 : 1;
        lead[column] = (decimal)x;
        var before = model.Score(lead);
        lead[column] = (decimal)x + rising * increase;
        var after = model.Score(lead);

        return after.Score >= before.Score && after.RawValue >= before.RawValue - 1e-9 * (1 + Math.Abs(before.RawValue));
    }

    [Property(MaxTest = 300)]
    public bool Logistic_score_never_falls_when_a_positive_category_or_presence_applies(int[] featureSeeds, int[] leadSeeds, byte which)
    {
        var model = LogisticModel(0, featureSeeds);
        var lead = Lead(leadSeeds);
        var choice = ChoiceColumns[which % ChoiceColumns.Length];
        var text = TextColumns[which % TextColumns.Length];

        // Choice option 1 carries +|coefficient| and option 2 −|coefficient| (see LogisticModel); no value is the baseline.
        lead[choice] = null;
        var none = model.Score(lead);
        lead[choice] = 1;
        var positive = model.Score(lead);
        lead[choice] = 2;
        var negative = model.Score(lead);
        // Text columns carry a presence feature with a positive coefficient.
        lead[text] = null;
        var absent = model.Score(lead);
        lead[text] = "x";
        var present = model.Score(lead);

        return positive.Score >= none.Score && none.Score >= negative.Score && present.Score >= absent.Score;
    }

    [Property(MaxTest = 500)]
    public bool Grade_never_improves_as_the_score_falls(byte a, byte b, byte c, byte first, byte second)
    {
        var cutC = c % 99;
        var cutB = cutC + 1 + b % (99 - cutC);
        var cutA = cutB + 1 + a % (100 - cutB);
        var grades = new GradeCutoffs(cutA, cutB, cutC);
        var low = Math.Min(first, second) % 101;
        var high = Math.Max(low, Math.Max(first, second) % 101);

        return grades.GradeFor(high) <= grades.GradeFor(low)
            && (grades.GradeFor(high) == LeadGrade.A) == (high >= cutA)
            && (grades.GradeFor(low) == LeadGrade.D) == (low < cutC);
    }

    private static ScoringModel PointsModel(int basePoints, int[] seeds)
    {
        var rules = seeds.Take(30).Select(PointsRule).ToList();
        if (rules.Count == 0) rules.Add(PointsRule(7));
        return Compile(PointsDocument(basePoints, rules));
    }

    private static JObject PointsRule(int seed)
    {
        var s = (uint)seed;
        var rule = new JObject();
        switch (s % 6)
        {
            case 0:
                rule["column"] = NumberColumns[s / 6 % NumberColumns.Length];
                var min = (double)(s / 30 % 200) - 50;
                rule["range"] = s / 6000 % 2 == 0 ? new JObject { ["min"] = min } : new JObject { ["min"] = min, ["max"] = min + 1 + s / 12000 % 100 };
                break;
            case 1:
                rule["column"] = ChoiceColumns[s / 6 % ChoiceColumns.Length];
                rule["in"] = new JArray(Enumerable.Range(0, 1 + (int)(s / 24 % 3)).Select(i => (int)(s / 72 % 5) + i));
                break;
            case 2:
                rule["column"] = BooleanColumns[s / 6 % BooleanColumns.Length];
                rule["equals"] = s / 24 % 2 == 0;
                break;
            case 3:
                rule["column"] = TextColumns[s / 6 % TextColumns.Length];
                rule["contains"] = Words[s / 18 % Words.Length];
                break;
            case 4:
                rule["column"] = TextColumns[s / 6 % TextColumns.Length];
                rule["present"] = s / 18 % 2 == 0;
                break;
            default:
                rule["column"] = NumberColumns[s / 6 % NumberColumns.Length];
                rule["equals"] = (double)(s / 30 % 5);
                break;
        }

        rule["points"] = Points(seed);
        return rule;
    }

    private static int Points(int seed)
    {
        var points = (int)((uint)seed % 201) - 100;
        return points == 0 ? 1 : points;
    }

    /// <summary>Every number, choice and text column gets one feature, with coefficients drawn from the seeds.</summary>
    private static ScoringModel LogisticModel(int intercept, int[] seeds)
    {
        var features = new JArray();
        foreach (var column in NumberColumns)
        {
            var s = Seed(seeds, column);
            var feature = new JObject { ["column"] = column, ["type"] = "numeric", ["coefficient"] = Coefficient(seeds, column) };
            feature["scaling"] = s % 2 == 0
                ? new JObject { ["method"] = "zscore", ["mean"] = (double)(s / 2 % 100), ["scale"] = 1 + (double)(s / 200 % 50) }
                : new JObject { ["method"] = "minmax", ["min"] = -(double)(s / 2 % 100), ["max"] = 1 + (double)(s / 200 % 500) };
            if (s / 100000 % 2 == 0) feature["clip"] = new JObject { ["min"] = -(double)(s / 7 % 300), ["max"] = 1 + (double)(s / 11 % 300) };
            features.Add(feature);
        }

        foreach (var column in ChoiceColumns)
        {
            var magnitude = Math.Abs(Coefficient(seeds, column));
            features.Add(new JObject { ["column"] = column, ["type"] = "category", ["coefficients"] = new JObject { ["1"] = magnitude, ["2"] = -magnitude } });
        }

        foreach (var column in TextColumns)
        {
            features.Add(new JObject { ["column"] = column, ["type"] = "present", ["coefficient"] = Math.Abs(Coefficient(seeds, column)) });
        }

        return Compile(new JObject
        {
            ["schemaVersion"] = 1, ["name"] = "Generated", ["version"] = "g", ["kind"] = "logistic", ["intercept"] = intercept,
            ["features"] = features, ["grades"] = JObject.Parse(ModelDocs.Grades), ["reasons"] = 3,
        });
    }

    private static uint Seed(int[] seeds, string column)
    {
        var i = Array.IndexOf(NumberColumns.Concat(ChoiceColumns).Concat(TextColumns).ToArray(), column);
        return i < seeds.Length ? (uint)seeds[i] : (uint)(i * 7919);
    }

    /// <summary>−3.00 to 3.00, never 0.</summary>
    private static double Coefficient(int[] seeds, string column)
    {
        var value = ((int)(Seed(seeds, column) % 601) - 300) / 100.0;
        return value == 0 ? 0.5 : value;
    }

    /// <summary>A lead with a value, or none, in every column the generators use.</summary>
    private static Dictionary<string, object?> Lead(int[] seeds)
    {
        var lead = new Dictionary<string, object?>();
        var i = 0;
        uint Next() => i < seeds.Length ? (uint)seeds[i++] : (uint)(i++ * 104729);
        foreach (var column in NumberColumns)
        {
            var s = Next();
            lead[column] = s % 5 == 0 ? null : s % 3 == 0 ? (object)(decimal)((int)(s / 5 % 2000) - 500) : (double)(s / 5 % 400) - 100.5;
        }

        foreach (var column in BooleanColumns) lead[column] = (Next() % 3) switch { 0 => null, 1 => (object)true, _ => false };
        foreach (var column in ChoiceColumns)
        {
            var s = Next();
            lead[column] = s % 4 == 0 ? null : (int)(s / 4 % 6);
        }

        foreach (var column in TextColumns)
        {
            var s = Next();
            lead[column] = s % 4 == 0 ? null : s % 4 == 1 ? "" : $"{Words[s / 4 % Words.Length].ToUpperInvariant()} {s % 97}";
        }

        return lead;
    }

    private static JObject PointsDocument(int basePoints, IEnumerable<JObject> rules) => new()
    {
        ["schemaVersion"] = 1, ["name"] = "Generated", ["version"] = "g", ["kind"] = "points", ["basePoints"] = basePoints,
        ["rules"] = new JArray(rules), ["grades"] = JObject.Parse(ModelDocs.Grades), ["reasons"] = 3,
    };

    private static ScoringModel Compile(JObject document) => ModelDocs.Compile(document.ToString());
}
