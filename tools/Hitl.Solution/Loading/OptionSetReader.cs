using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>Global choices (OptionSets/*.xml) and the inline optionset element of a column.</summary>
internal static class OptionSetReader
{
    public static IReadOnlyDictionary<string, OptionSetDefinition> ReadGlobal(SolutionFolder folder)
    {
        var result = new Dictionary<string, OptionSetDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in folder.Files("OptionSets", "*.xml"))
        {
            var file = folder.Relative(path);
            var root = folder.LoadXml(path, "optionset");
            var optionSet = Parse(root, file, isGlobal: true);
            if (!result.TryAdd(optionSet.Name, optionSet))
            {
                throw new SolutionLoadException(file, $"option set '{optionSet.Name}' is defined twice.");
            }
        }

        return result;
    }

    public static OptionSetDefinition Parse(XElement optionSet, string file, bool isGlobal)
    {
        var name = optionSet.RequiredAttribute("Name", file);
        var typeText = optionSet.Text("OptionSetType") ?? "picklist";
        var type = typeText.ToLowerInvariant() switch
        {
            "picklist" => OptionSetType.Picklist,
            "bit" => OptionSetType.Boolean,
            "state" => OptionSetType.State,
            "status" => OptionSetType.Status,
            _ => throw new SolutionLoadException(file, $"option set '{name}' has unknown <OptionSetType> '{typeText}'."),
        };

        // Options, states and statuses share one shape (value + labels); the loader keeps them all as options.
        var options = optionSet.Descendants()
            .Where(e => e.Name.LocalName is "option" or "state" or "status")
            .Select(e => new OptionValue(
                Xml.ParseInt(e.RequiredAttribute("value", file), $"option of '{name}'", file, e),
                e.Element("labels").Label()))
            .ToArray();

        var duplicate = options.GroupBy(o => o.Value).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SolutionLoadException(file, $"option set '{name}' lists value {duplicate.Key} twice.");
        }

        var displayName = optionSet.Element("displaynames").Label();
        return new OptionSetDefinition(name, displayName.Length > 0 ? displayName : optionSet.Attribute("localizedName")?.Value ?? name, type, isGlobal, options);
    }

    /// <summary>States of an inline state optionset.</summary>
    public static IReadOnlyList<StateOption> States(XElement optionSet, string file) =>
        optionSet.Descendants("state")
            .Select(s => new StateOption(
                Xml.ParseInt(s.RequiredAttribute("value", file), "state value", file, s),
                Xml.ParseInt(s.RequiredAttribute("defaultstatus", file), "state defaultstatus", file, s),
                s.RequiredAttribute("invariantname", file),
                s.Element("labels").Label()))
            .ToArray();

    /// <summary>Statuses of an inline status optionset.</summary>
    public static IReadOnlyList<StatusOption> Statuses(XElement optionSet, string file) =>
        optionSet.Descendants("status")
            .Select(s => new StatusOption(
                Xml.ParseInt(s.RequiredAttribute("value", file), "status value", file, s),
                Xml.ParseInt(s.RequiredAttribute("state", file), "status state", file, s),
                s.Element("labels").Label()))
            .ToArray();
}
