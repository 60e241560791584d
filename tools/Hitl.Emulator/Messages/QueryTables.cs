using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Messages;

/// <summary>The tables a query reads (root and every link-entity), for the platform's table-level Read check.</summary>
internal static class QueryTables
{
    public static IEnumerable<string> Of(QueryBase query) => query switch
    {
        QueryExpression e => new[] { e.EntityName }.Concat(Links(e.LinkEntities)),
        QueryByAttribute a => [a.EntityName],
        FetchExpression f => Fetch(f.Query),
        _ => [],
    };

    private static IEnumerable<string> Links(IEnumerable<LinkEntity> links) =>
        links.SelectMany(l => new[] { l.LinkToEntityName }.Concat(Links(l.LinkEntities)));

    private static IEnumerable<string> Fetch(string fetchXml)
    {
        XElement root;
        try { root = XElement.Parse(fetchXml); }
        catch (XmlException) { return []; } // the query engine reports malformed FetchXML
        var entity = root.Element("entity");
        if (entity is null) return [];
        return new[] { entity }.Concat(entity.Descendants("link-entity"))
            .Select(e => (string?)e.Attribute("name")).OfType<string>();
    }
}
