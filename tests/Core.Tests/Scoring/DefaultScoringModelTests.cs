using System.Xml.Linq;
using Hitl.Core.Configuration;
using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

public class DefaultScoringModelTests
{
    private static readonly ScoringModel Model = DefaultScoringModel.Model;

    [Fact]
    public void The_default_model_is_the_documented_points_model()
    {
        var model = Assert.IsType<PointsScoringModel>(Model);

        Assert.Equal(("HITL default lead score", "default-1", 30, 3), (model.Name, model.Version, model.BasePoints, model.ReasonCount));
        Assert.Equal((75, 50, 25), (model.Grades.A, model.Grades.B, model.Grades.C));
        Assert.Same(Model, DefaultScoringModel.Model);
    }

    [Fact]
    public void Documented_example_leads_score_as_documented()
    {
        var contactOnly = ModelDocs.Lead(("emailaddress1", "a@b.example"), ("telephone1", "+49 30 1234"));
        var strong = ModelDocs.Lead(("emailaddress1", "a@b.example"), ("telephone1", "+49 30 1234"), ("leadqualitycode", 1), ("leadsourcecode", 2), ("budgetamount", 100000m), ("purchasetimeframe", 1));

        // 30 base; no e-mail -10 and no phone -5 for the empty lead; the strong lead adds hot +15, referral +10,
        // budget >= 100000 +20 and this quarter +15: 30 + 60 = 90.
        Assert.Equal((30, LeadGrade.C), (Model.Score(contactOnly).Score, Model.Score(contactOnly).Grade));
        Assert.Equal((15, LeadGrade.D), (Model.Score(ModelDocs.Lead()).Score, Model.Score(ModelDocs.Lead()).Grade));
        Assert.Equal((90, LeadGrade.A), (Model.Score(strong).Score, Model.Score(strong).Grade));
        Assert.Equal(new[] { "Budget of 100,000 or more", "Buying this quarter or sooner", "Rated hot" }, Model.Score(strong).PositiveReasons.Select(r => r.Label));
    }

    [Fact]
    public void The_default_model_reads_no_protected_attribute()
    {
        Assert.DoesNotContain(Model.ColumnsRead, ProtectedAttributes.Default.Contains);
    }

    [Fact]
    public void The_standard_catalog_matches_the_lead_table()
    {
        var lead = XDocument.Parse(Repo.Read("tools/Hitl.Solution/SystemTables.xml")).Descendants("Table").Single(t => (string?)t.Attribute("LogicalName") == "lead");
        var types = lead.Elements("Column").GroupBy(c => (string)c.Attribute("Name")!).ToDictionary(g => g.Key, g => (string)g.First().Attribute("Type")!);

        var problems = LeadColumnCatalog.Standard.Names
            .Select(name => (name, kind: LeadColumnCatalog.Standard.TryGetKind(name, out var kind) ? kind : default))
            .Where(c => !types.TryGetValue(c.name, out var type) || KindOf(type) != c.kind)
            .Select(c => $"{c.name}: {c.kind} in the catalog, {(types.TryGetValue(c.name, out var type) ? type : "no such column")} in the lead table")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void The_protected_attributes_setting_is_declared_with_its_parsed_default()
    {
        Assert.Contains(HitlSettings.ProtectedAttributes, HitlSettings.All);
        Assert.Equal("""["gendercode","birthdate","familystatuscode","salutation"]""", HitlSettings.ProtectedAttributes.DefaultValue);
        Assert.Equal(ProtectedAttributes.Default.Columns, HitlSettings.ProtectedAttributes.Default.Columns);
        Assert.Empty(ProtectedAttributes.Parse("[]").Columns);
        Assert.True(ProtectedAttributes.Parse("""[" ethnicitycode "]""").Contains("EthnicityCode"));
    }

    [Theory]
    [InlineData("""{"columns":[]}""", "expected an array of lead column names such as [\"gendercode\",\"birthdate\",\"familystatuscode\",\"salutation\"], not {\"columns\":[]}.")]
    [InlineData("""["gendercode",3]""", "every entry must be a column name; 3 is not.")]
    [InlineData("""["gendercode"," "]""", "an entry is empty.")]
    [InlineData("""["gendercode","GenderCode"]""", "the column 'GenderCode' appears more than once.")]
    public void Invalid_protected_attributes_are_refused(string json, string problem)
    {
        Assert.Equal(
            $"Environment variable 'hitl_ProtectedAttributes' is invalid: {problem}",
            Assert.Throws<ConfigurationException>(() => HitlSettings.ProtectedAttributes.Parse(json)).Message);
    }

    private static LeadColumnKind? KindOf(string type) => type switch
    {
        "nvarchar" or "ntext" => LeadColumnKind.Text,
        "money" or "int" or "float" or "decimal" or "bigint" => LeadColumnKind.Number,
        "bit" => LeadColumnKind.Boolean,
        "picklist" => LeadColumnKind.Choice,
        "datetime" => LeadColumnKind.Date,
        _ => null,
    };
}
