using System.Text.RegularExpressions;

namespace Hitl.Solution.Loading;

/// <summary>Roles/&lt;Role Name&gt;.xml.</summary>
internal static partial class RoleReader
{
    public static IReadOnlyList<RoleDefinition> Read(SolutionFolder folder) =>
        folder.Files("Roles", "*.xml").Select(path =>
        {
            var file = folder.Relative(path);
            var root = folder.LoadXml(path, "Role");
            var privileges = (root.Element("RolePrivileges")?.Elements("RolePrivilege") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
                .Select(p =>
                {
                    var name = p.RequiredAttribute("name", file);
                    var levelText = p.RequiredAttribute("level", file);
                    if (!Enum.TryParse<PrivilegeDepth>(levelText, ignoreCase: false, out var level) || !Enum.IsDefined(level))
                    {
                        throw new SolutionLoadException(file, $"privilege '{name}' has level '{levelText}'; expected Basic, Local, Deep or Global.");
                    }

                    var match = PrivilegeName().Match(name);
                    return new RolePrivilege(name, level, match.Success ? match.Groups[1].Value : null, match.Success ? match.Groups[2].Value : null);
                })
                .ToArray();
            return new RoleDefinition(root.RequiredGuidAttribute("id", file), root.RequiredAttribute("name", file), privileges, file);
        }).ToArray();

    // AppendTo must be tried before Append.
    [GeneratedRegex("^prv(Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(.+)$")]
    private static partial Regex PrivilegeName();
}
