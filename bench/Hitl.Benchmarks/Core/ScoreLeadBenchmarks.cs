using BenchmarkDotNet.Attributes;
using Hitl.Core.Scoring;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// Scoring one lead as the lead steps do on create or update: score, grade and the reasons shown on the lead.
/// The baseline parses and validates the model document for every lead (no per-organization model cache); the
/// product scores with the model compiled once. Each call takes the next of 1,024 seeded leads, the same for both.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TimesFasterConfig))]
public class ScoreLeadBenchmarks
{
    private const int SampleLeads = 1024;

    private string _json = null!;
    private ScoringModel _compiled = null!;
    private Dictionary<string, object?>[] _leads = null!;
    private int _next;

    [Params(SampleScoringModel.DefaultPoints, SampleScoringModel.Logistic)]
    public SampleScoringModel Model { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SampleScoringModels.Json(Model);
        _compiled = ModelPerCall.Compile(_json);
        _leads = LeadPopulation.Generate(SampleLeads, 17);
        ModelPerCall.AssertSameScores(_compiled, _json, _leads);

        var scores = _leads.Select(_compiled.Score).ToList();
        if (scores.Select(s => s.Grade).Distinct().Count() != 4 || !scores.Any(s => s.PositiveReasons.Count > 0 && s.NegativeReasons.Count > 0) || !scores.Any(s => s.MissingColumns.Count > 0))
        {
            throw new InvalidOperationException("The sample must reach every grade, reasons of both signs and missing columns.");
        }
    }

    [Benchmark(Baseline = true)]
    public LeadScore ParseModelPerLead() => WithReasons(ModelPerCall.Score(_json, NextLead()));

    [Benchmark]
    public LeadScore CompiledModel() => WithReasons(_compiled.Score(NextLead()));

    private Dictionary<string, object?> NextLead() => _leads[_next++ & (SampleLeads - 1)];

    /// <summary>The reasons are ranked on first read; the lead steps write them, so both benchmarks pay for them.</summary>
    private static LeadScore WithReasons(LeadScore score)
    {
        _ = score.PositiveReasons;
        _ = score.NegativeReasons;
        return score;
    }
}
