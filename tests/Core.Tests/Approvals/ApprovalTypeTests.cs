using Hitl.Core.Approvals;
using Hitl.Core.Configuration;

namespace Hitl.Core.Tests.Approvals;

/// <summary>The open registries: approval types and settings are found from their declarations, not from a list.</summary>
public class ApprovalTypeTests
{
    [Fact]
    public void Every_declared_type_is_registered_once_in_option_value_order()
    {
        Assert.Equal(ApprovalType.All.Select(t => t.Value).OrderBy(v => v), ApprovalType.All.Select(t => t.Value));
        Assert.Equal(ApprovalType.All.Count, ApprovalType.All.Select(t => t.Value).Distinct().Count());
        Assert.Contains(ApprovalType.ContestedDecision, ApprovalType.All);
    }

    [Fact]
    public void An_unknown_option_value_keeps_its_value_but_is_not_registered()
    {
        var unknown = ApprovalType.Of(741200099);

        Assert.False(unknown.IsRegistered);
        Assert.Equal(741200099, unknown.Value);
        Assert.Same(ApprovalType.BiasReview, ApprovalType.Of(ApprovalType.BiasReview.Value));
    }

    [Theory]
    [InlineData(" scoreoverride ", true)]
    [InlineData("741200004", false)]
    [InlineData("Score", false)]
    [InlineData(null, false)]
    public void Types_parse_by_name_only(string? text, bool parses)
    {
        Assert.Equal(parses, ApprovalType.TryParse(text, out var type));
        if (parses) Assert.Equal(ApprovalType.ScoreOverride, type);
    }

    [Fact]
    public void Types_are_equal_by_option_value()
    {
        Assert.Equal(ApprovalType.LeadReview, ApprovalType.Of(741200000));
        Assert.True(ApprovalType.LeadReview == ApprovalType.Of(741200000));
        Assert.NotEqual(ApprovalType.LeadReview, ApprovalType.ScoreOverride);
    }

    [Fact]
    public void Every_setting_declared_on_HitlSettings_is_listed_and_its_default_parses()
    {
        var declared = typeof(HitlSettings).GetFields().Where(f => typeof(SettingDefinition).IsAssignableFrom(f.FieldType)).Select(f => f.GetValue(null)).ToList();

        Assert.Equal(declared.Count, HitlSettings.All.Count);
        Assert.All(declared, d => Assert.Contains(d, HitlSettings.All));
        Assert.All(HitlSettings.All, s => s.ParseUntyped(s.DefaultValue));
        Assert.Equal(SlaPolicy.Default.DefaultSlaHours, HitlSettings.ApprovalSlaHours.Default.DefaultSlaHours);
    }
}
