using BenchmarkDotNet.Attributes;
using Hitl.Core.Scoring;

namespace Hitl.Benchmarks.Core;

/// <summary>
/// Rescoring a population after a model change (what hitl_RescoreLeads does batch by batch): score and grade of
/// 1,000,000 seeded leads built once in [GlobalSetup]. The product scores all of them with the model compiled once.
/// The baseline, which parses the document per lead, would take minutes for a million, so it scores every 100th
/// lead (10,000, the same population's mix). Both report the cost per lead (OperationsPerInvoke), so the ratio
/// compares like with like; a million leads cost the compiled model its Mean × 1,000,000.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TimesFasterConfig))]
public class ScoreMillionLeadsBenchmarks
{
    private const int Leads = 1_000_000;
    private const int BaselineStride = 100;
    private const int BaselineLeads = Leads / BaselineStride;

    private string _json = null!;
    private ScoringModel _compiled = null!;
    private Dictionary<string, object?>[] _leads = null!;
    private Dictionary<string, object?>[] _baselineLeads = null!;

    [Params(SampleScoringModel.DefaultPoints, SampleScoringModel.Logistic)]
    public SampleScoringModel Model { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SampleScoringModels.Json(Model);
        _compiled = ModelPerCall.Compile(_json);
        _leads = LeadPopulation.Generate(Leads, 29);
        _baselineLeads = Enumerable.Range(0, BaselineLeads).Select(i => _leads[i * BaselineStride]).ToArray();
        ModelPerCall.AssertSameScores(_compiled, _json, _baselineLeads.Take(1000));
        if (ParseModelPerLead() != Checksum(_compiled, _baselineLeads))
        {
            throw new InvalidOperationException("The baseline and the compiled model must give the same scores and grades for the baseline's leads.");
        }

        var grades = _leads.Select(lead => _compiled.Score(lead).Grade).GroupBy(g => g).OrderBy(g => g.Key).ToList();
        if (grades.Count != 4) throw new InvalidOperationException("The population must reach every grade.");
        Console.WriteLine($"// {Model}: grades over {Leads:N0} leads: " + string.Join(", ", grades.Select(g => $"{g.Key} {100.0 * g.Count() / Leads:0.0}%")));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BaselineLeads)]
    public long ParseModelPerLead()
    {
        long checksum = 0;
        foreach (var lead in _baselineLeads)
        {
            checksum += Fold(ModelPerCall.Score(_json, lead));
        }

        return checksum;
    }

    [Benchmark(OperationsPerInvoke = Leads)]
    public long CompiledModel() => Checksum(_compiled, _leads);

    private static long Checksum(ScoringModel model, Dictionary<string, object?>[] leads)
    {
        long checksum = 0;
        foreach (var lead in leads)
        {
            checksum += Fold(model.Score(lead));
        }

        return checksum;
    }

    /// <summary>Rescoring writes the score and grade; folding both in keeps the JIT from skipping the work.</summary>
    private static long Fold(LeadScore score) => score.Score * 4L + (int)score.Grade;
}
