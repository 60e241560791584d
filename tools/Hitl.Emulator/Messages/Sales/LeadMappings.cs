using Hitl.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Messages.Sales;

/// <summary>
/// The platform's default lead column mappings used by QualifyLead (Learn: "Map table columns"; the lead → account,
/// contact and opportunity mappings a new org ships with). A column is copied only when both tables define it here.
/// </summary>
internal static class LeadMappings
{
    private static readonly string[] Address =
    [
        "address1_line1", "address1_line2", "address1_line3", "address1_city", "address1_stateorprovince",
        "address1_postalcode", "address1_country", "address1_county", "address1_latitude", "address1_longitude",
    ];

    private static readonly (string Lead, string Target)[] ToAccount =
    [
        ("companyname", "name"), ("emailaddress1", "emailaddress1"), ("telephone2", "telephone1"), ("fax", "fax"),
        ("websiteurl", "websiteurl"), ("numberofemployees", "numberofemployees"), ("revenue", "revenue"),
        ("sic", "sic"), ("industrycode", "industrycode"), ("description", "description"),
        ("donotemail", "donotemail"), ("donotbulkemail", "donotbulkemail"), ("donotphone", "donotphone"),
        ("donotpostalmail", "donotpostalmail"), ("donotfax", "donotfax"), ("transactioncurrencyid", "transactioncurrencyid"),
        .. Address.Select(c => (c, c)),
    ];

    private static readonly (string Lead, string Target)[] ToContact =
    [
        ("firstname", "firstname"), ("middlename", "middlename"), ("lastname", "lastname"), ("salutation", "salutation"),
        ("jobtitle", "jobtitle"), ("emailaddress1", "emailaddress1"), ("emailaddress2", "emailaddress2"),
        ("telephone1", "telephone1"), ("telephone3", "telephone2"), ("mobilephone", "mobilephone"), ("fax", "fax"),
        ("pager", "pager"), ("websiteurl", "websiteurl"), ("description", "description"),
        ("donotemail", "donotemail"), ("donotbulkemail", "donotbulkemail"), ("donotphone", "donotphone"),
        ("donotpostalmail", "donotpostalmail"), ("donotsendmm", "donotsendmm"), ("donotfax", "donotfax"),
        ("transactioncurrencyid", "transactioncurrencyid"),
        .. Address.Select(c => (c, c)),
    ];

    private static readonly (string Lead, string Target)[] ToOpportunity =
    [
        ("subject", "name"), ("description", "description"), ("estimatedamount", "estimatedvalue"),
        ("estimatedclosedate", "estimatedclosedate"), ("budgetamount", "budgetamount"), ("budgetstatus", "budgetstatus"),
        ("purchasetimeframe", "purchasetimeframe"), ("purchaseprocess", "purchaseprocess"), ("need", "need"),
        ("decisionmaker", "decisionmaker"), ("qualificationcomments", "qualificationcomments"),
        ("transactioncurrencyid", "transactioncurrencyid"),
    ];

    public static Entity Account(OperationContext op, Entity lead) => Map(op, lead, "account", ToAccount);

    public static Entity Contact(OperationContext op, Entity lead) => Map(op, lead, "contact", ToContact);

    public static Entity Opportunity(OperationContext op, Entity lead) => Map(op, lead, "opportunity", ToOpportunity);

    private static Entity Map(OperationContext op, Entity lead, string table, (string Lead, string Target)[] mappings)
    {
        var target = new Entity(table);
        foreach (var (from, to) in mappings)
            if (lead.Attributes.TryGetValue(from, out var value)) RecordState.SetIfColumn(op, target, to, value);
        RecordState.SetIfColumn(op, target, "originatingleadid", lead.ToEntityReference());
        return target;
    }
}
