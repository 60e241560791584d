using Hitl.Core.Scoring;

namespace Hitl.Core.Configuration;

/// <summary>Lead scoring's settings.</summary>
public static partial class HitlSettings
{
    /// <summary>Lead columns no scoring model may read.</summary>
    public static readonly Setting<ProtectedAttributes> ProtectedAttributes =
        new(Scoring.ProtectedAttributes.SettingName, SettingType.Json, Scoring.ProtectedAttributes.DefaultJson, Scoring.ProtectedAttributes.Parse);
}
