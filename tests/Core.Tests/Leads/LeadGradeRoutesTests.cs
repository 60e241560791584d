using Hitl.Core.Scoring;
using Hitl.Core.Configuration;
using Hitl.Core.Leads;

namespace Hitl.Core.Tests.Leads;

public class LeadGradeRoutesTests
{
    [Fact]
    public void Shipped_default_routes_no_grade()
    {
        Assert.Equal("{}", HitlSettings.LeadGradeRoutes.DefaultValue);
        var routes = LeadGradeRoutes.Parse(LeadGradeRoutes.DefaultJson);

        Assert.Empty(routes.Teams);
        Assert.All(Enum.GetValues<LeadGrade>(), g => Assert.Null(routes.TeamFor(g)));
        Assert.Empty(HitlSettings.LeadGradeRoutes.Default.Teams);
    }

    [Fact]
    public void Each_grade_gets_its_team_and_a_grade_without_one_has_no_route()
    {
        var routes = LeadGradeRoutes.Parse("{\"A\":\"Key Accounts\",\"b\":\" Inside Sales \",\"C\":\"Inside Sales\"}");

        Assert.Equal("Key Accounts", routes.TeamFor(LeadGrade.A));
        Assert.Equal("Inside Sales", routes.TeamFor(LeadGrade.B));
        Assert.Equal("Inside Sales", routes.TeamFor(LeadGrade.C));
        Assert.Null(routes.TeamFor(LeadGrade.D));
    }

    [Theory]
    [InlineData("[\"Key Accounts\"]", "expected an object of grade to team name such as {\"A\":\"Key Accounts\",\"B\":\"Inside Sales\"}, not [\"Key Accounts\"].")]
    [InlineData("{\"E\":\"Nurture\"}", "'E' is not a grade. Use A, B, C, D.")]
    [InlineData("{\"0\":\"Nurture\"}", "'0' is not a grade. Use A, B, C, D.")]
    [InlineData("{\"741200000\":\"Nurture\"}", "'741200000' is not a grade. Use A, B, C, D.")]
    [InlineData("{\"A\":\"Key Accounts\",\"a\":\"Inside Sales\"}", "grade A is routed more than once.")]
    [InlineData("{\"A\":42}", "the team of grade A must be a team name in quotes, not 42.")]
    [InlineData("{\"B\":null}", "the team of grade B must be a team name in quotes, not null.")]
    [InlineData("{\"C\":\"  \"}", "the team of grade C is empty; remove the grade to send its leads to review.")]
    [InlineData("", "the value is empty.")]
    public void Invalid_routes_are_refused_naming_the_variable(string json, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => LeadGradeRoutes.Parse(json));

        Assert.Equal($"Environment variable 'hitl_LeadGradeRoutes' is invalid: {problem}", error.Message);
        Assert.Equal("hitl_LeadGradeRoutes", error.SettingName);
    }

    [Fact]
    public void A_team_name_longer_than_dataverse_stores_is_refused_without_quoting_it()
    {
        var name = new string('t', 161);

        var error = Assert.Throws<ConfigurationException>(() => LeadGradeRoutes.Parse($"{{\"D\":\"{name}\"}}"));

        Assert.Equal("Environment variable 'hitl_LeadGradeRoutes' is invalid: the team of grade D is longer than 160 characters, the longest team name Dataverse stores.", error.Message);
    }

    [Fact]
    public void Refusals_never_quote_more_than_40_characters_of_a_value()
    {
        var key = Assert.Throws<ConfigurationException>(() => LeadGradeRoutes.Parse($"{{\"{new string('k', 100)}\":\"Team\"}}"));
        var value = Assert.Throws<ConfigurationException>(() => LeadGradeRoutes.Parse($"{{\"A\":[\"{new string('v', 100)}\"]}}"));

        Assert.DoesNotContain(new string('k', 41), key.Message);
        Assert.DoesNotContain(new string('v', 40), value.Message);
    }
}
