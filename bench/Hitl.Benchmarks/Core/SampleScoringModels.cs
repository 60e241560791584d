using Hitl.Core.Scoring;

namespace Hitl.Benchmarks.Core;

/// <summary>The scoring model a scoring benchmark runs.</summary>
public enum SampleScoringModel
{
    /// <summary>The shipped default points model: 13 rules on 9 columns.</summary>
    DefaultPoints,

    /// <summary>A fitted logistic model of comparable size: 13 features on 13 columns (<see cref="SampleScoringModels.LogisticJson"/>).</summary>
    Logistic,
}

/// <summary>The model documents the scoring benchmarks parse, as an admin would store them in hitl_scoringmodel.</summary>
internal static class SampleScoringModels
{
    /// <summary>
    /// A conversion model as a data team would fit it on last year's leads: every feature type, both scalings,
    /// clipping, one-hot choices, a yes/no and a text category, and presence. Valid against the standard catalog
    /// and the default protected attributes (checked in every benchmark's setup).
    /// </summary>
    public const string LogisticJson = """
        {
          "schemaVersion": 1,
          "name": "Conversion model fitted on 2025 leads",
          "version": "2026.03-logit-2",
          "description": "Logistic regression on 41,000 leads closed in 2025 (qualified vs disqualified). Amounts clipped at the 99th percentile.",
          "kind": "logistic",
          "intercept": -1.3,
          "features": [
            {
              "column": "budgetamount", "type": "numeric", "coefficient": 0.55, "label": "Budget",
              "scaling": { "method": "zscore", "mean": 60000, "scale": 45000 },
              "clip": { "min": 0, "max": 250000 }
            },
            {
              "column": "numberofemployees", "type": "numeric", "coefficient": 0.6, "label": "Company size",
              "scaling": { "method": "minmax", "min": 0, "max": 5000 },
              "clip": { "min": 0, "max": 5000 }
            },
            {
              "column": "revenue", "type": "numeric", "coefficient": 0.2, "label": "Annual revenue",
              "scaling": { "method": "zscore", "mean": 20000000, "scale": 30000000 },
              "clip": { "min": 0, "max": 200000000 }
            },
            { "column": "budgetstatus", "type": "category", "label": "Budget status", "coefficients": { "0": -0.8, "1": 0.1, "2": 0.6, "3": 0.9 } },
            { "column": "purchasetimeframe", "type": "category", "label": "Purchase time frame", "coefficients": { "0": 1.0, "1": 0.7, "2": 0.3, "3": -0.1, "4": -0.4 } },
            { "column": "leadqualitycode", "type": "category", "label": "Rating", "coefficients": { "1": 1.1, "3": -1.2 } },
            { "column": "leadsourcecode", "type": "category", "label": "Source", "coefficients": { "1": -0.2, "2": 0.6, "3": 0.5, "4": 0.7, "7": 0.2, "8": -0.3 } },
            { "column": "industrycode", "type": "category", "label": "Industry", "coefficients": { "7": 0.25, "12": 0.3, "19": -0.2, "25": 0.15 } },
            { "column": "need", "type": "category", "label": "Need", "coefficients": { "0": 0.6, "1": 0.3, "3": -0.9 } },
            { "column": "decisionmaker", "type": "category", "label": "Decision maker", "coefficients": { "true": 0.8, "false": -0.2 } },
            { "column": "address1_country", "type": "category", "label": "Country", "coefficients": { "Germany": 0.15, "United States": 0.1, "France": 0.05 } },
            { "column": "emailaddress1", "type": "present", "coefficient": 0.5, "label": "Has an e-mail address" },
            { "column": "telephone1", "type": "present", "coefficient": 0.3, "label": "Has a business phone" }
          ],
          "grades": { "A": 75, "B": 50, "C": 25 },
          "reasons": 3
        }
        """;

    public static string Json(SampleScoringModel model) => model switch
    {
        SampleScoringModel.DefaultPoints => DefaultScoringModel.Json,
        SampleScoringModel.Logistic => LogisticJson,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };
}
