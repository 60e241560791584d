using Hitl.Core.Registry;

namespace Hitl.Core.Configuration;

/// <summary>
/// Every environment variable the product reads. Open: a capability declares its settings (schema name, type and
/// the default that ships) as public static readonly fields of this partial class in a file of its own; the
/// reader's one query and Solution.Tests (each is defined in solution/ with this default, and the default parses)
/// pick them up from <see cref="All"/>.
/// </summary>
public static partial class HitlSettings
{
    private static IReadOnlyList<SettingDefinition>? _all;

    public static IReadOnlyList<SettingDefinition> All => _all ??= DeclaredInstances.Of<SettingDefinition>(typeof(HitlSettings));
}
