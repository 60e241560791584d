using System.ServiceModel;
using System.Xml;
using System.Xml.Linq;
using Hitl.Core.Approvals;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Dataverse.Leads;

/// <summary>
/// The open leads a maker's optional FetchXML filter selects, read page by page within the platform's limit of 5,000
/// rows a page. The maker's fetch contributes its filters and link-entities only: the columns, the order (lead id, so
/// paging cookies work) and the paging are ours, and only open leads (statecode 0) are read.
/// </summary>
public sealed class OpenLeadQuery
{
    /// <summary>Rows per RetrieveMultiple: the platform's maximum page size.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>Longest FetchXML accepted; a filter is a few hundred characters, so more is a mistake.</summary>
    public const int MaxFetchXmlLength = 100_000;

    private static readonly string[] OurFetchAttributes = { "top", "count", "page", "paging-cookie", "returntotalrecordcount" };
    private static readonly string[] OurEntityElements = { "attribute", "all-attributes", "order" };

    private readonly XDocument _fetch;

    private OpenLeadQuery(XDocument fetch)
    {
        _fetch = fetch;
    }

    /// <summary>Every open lead, or the open leads <paramref name="fetchXml"/> selects; a fetch that is not on lead is refused.</summary>
    public static OpenLeadQuery Parse(string? fetchXml, string parameterName = "FetchXml")
    {
        if (string.IsNullOrWhiteSpace(fetchXml)) return new OpenLeadQuery(new XDocument(new XElement("fetch", new XElement("entity", new XAttribute("name", LeadSchema.Table)))));
        if (fetchXml!.Length > MaxFetchXmlLength)
        {
            throw new InvalidPluginExecutionException($"{parameterName} has {fetchXml.Length} characters; a filter of at most {MaxFetchXmlLength} is accepted.");
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(fetchXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            throw new InvalidPluginExecutionException($"{parameterName} {InputText.Quote(fetchXml)} is not well-formed XML; give a <fetch> on lead, for example <fetch><entity name=\"lead\"><filter>…</filter></entity></fetch>.");
        }

        var root = document.Root!;
        var entities = root.Elements("entity").ToList();
        if (root.Name.LocalName != "fetch" || entities.Count != 1 || (string?)entities[0].Attribute("name") != LeadSchema.Table)
        {
            throw new InvalidPluginExecutionException($"{parameterName} {InputText.Quote(fetchXml)} must be one <fetch> with one <entity name=\"lead\">: the filter selects leads.");
        }

        if (string.Equals((string?)root.Attribute("aggregate"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidPluginExecutionException($"{parameterName} must select leads, not aggregate them: remove aggregate=\"true\".");
        }

        foreach (var name in OurFetchAttributes) root.Attribute(name)?.Remove();
        entities[0].Elements().Where(e => OurEntityElements.Contains(e.Name.LocalName)).Remove();
        return new OpenLeadQuery(document);
    }

    /// <summary>One page of open leads with <paramref name="columns"/>, in lead id order.</summary>
    /// <param name="pageSize">1 to <see cref="MaxPageSize"/>.</param>
    public EntityCollection Page(IOrganizationService service, IEnumerable<string> columns, int pageSize, int pageNumber, string? pagingCookie)
    {
        if (pageSize < 1 || pageSize > MaxPageSize) throw new ArgumentOutOfRangeException(nameof(pageSize));
        var fetch = new XDocument(_fetch);
        var root = fetch.Root!;
        root.SetAttributeValue("count", pageSize);
        root.SetAttributeValue("page", pageNumber);
        if (!string.IsNullOrEmpty(pagingCookie)) root.SetAttributeValue("paging-cookie", pagingCookie);

        var entity = root.Element("entity")!;
        foreach (var column in columns.Distinct(StringComparer.Ordinal)) entity.AddFirst(new XElement("attribute", new XAttribute("name", column)));
        entity.Add(new XElement("order", new XAttribute("attribute", LeadSchema.Id)));
        entity.Add(new XElement("filter", new XElement("condition",
            new XAttribute("attribute", LeadSchema.StateCode), new XAttribute("operator", "eq"), new XAttribute("value", "0"))));

        try
        {
            return service.RetrieveMultiple(new FetchExpression(fetch.ToString(SaveOptions.DisableFormatting)));
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            throw new InvalidPluginExecutionException($"The FetchXml filter could not run: {fault.Detail?.Message ?? fault.Message}");
        }
    }
}
