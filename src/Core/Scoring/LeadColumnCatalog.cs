namespace Hitl.Core.Scoring;

/// <summary>
/// The lead columns a scoring model may read and what each holds. The validator gets it as a plain value, so an
/// organisation that scores on its own columns passes a catalog that includes them.
/// </summary>
public sealed class LeadColumnCatalog
{
    private readonly Dictionary<string, LeadColumnKind> _columns;

    public LeadColumnCatalog(IEnumerable<KeyValuePair<string, LeadColumnKind>> columns)
    {
        if (columns == null) throw new ArgumentNullException(nameof(columns));
        _columns = new Dictionary<string, LeadColumnKind>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (string.IsNullOrWhiteSpace(column.Key)) throw new ArgumentException("A lead column needs a logical name.", nameof(columns));
            if (_columns.ContainsKey(column.Key)) throw new ArgumentException($"The lead column '{column.Key}' is listed twice.", nameof(columns));
            _columns.Add(column.Key, column.Value);
        }
    }

    /// <summary>
    /// The standard lead columns the product scores on (logical names and types as in the lead table). Direct
    /// contact details are here for presence rules ("has an e-mail address"); see docs/scoring.md.
    /// </summary>
    public static LeadColumnCatalog Standard { get; } = new(new Dictionary<string, LeadColumnKind>
    {
        ["subject"] = LeadColumnKind.Text,
        ["companyname"] = LeadColumnKind.Text,
        ["jobtitle"] = LeadColumnKind.Text,
        ["emailaddress1"] = LeadColumnKind.Text,
        ["telephone1"] = LeadColumnKind.Text,
        ["mobilephone"] = LeadColumnKind.Text,
        ["websiteurl"] = LeadColumnKind.Text,
        ["address1_country"] = LeadColumnKind.Text,
        ["address1_stateorprovince"] = LeadColumnKind.Text,
        ["address1_city"] = LeadColumnKind.Text,
        ["industrycode"] = LeadColumnKind.Choice,
        ["leadsourcecode"] = LeadColumnKind.Choice,
        ["leadqualitycode"] = LeadColumnKind.Choice,
        ["purchasetimeframe"] = LeadColumnKind.Choice,
        ["purchaseprocess"] = LeadColumnKind.Choice,
        ["budgetstatus"] = LeadColumnKind.Choice,
        ["need"] = LeadColumnKind.Choice,
        ["budgetamount"] = LeadColumnKind.Number,
        ["estimatedamount"] = LeadColumnKind.Number,
        ["estimatedvalue"] = LeadColumnKind.Number,
        ["revenue"] = LeadColumnKind.Number,
        ["numberofemployees"] = LeadColumnKind.Number,
        ["decisionmaker"] = LeadColumnKind.Boolean,
        ["confirminterest"] = LeadColumnKind.Boolean,
        ["donotemail"] = LeadColumnKind.Boolean,
        ["donotphone"] = LeadColumnKind.Boolean,
        ["estimatedclosedate"] = LeadColumnKind.Date,
    });

    /// <summary>Logical names in ordinal order.</summary>
    public IEnumerable<string> Names => _columns.Keys.OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>Logical names are lower case in Dataverse; the lookup is exact.</summary>
    public bool TryGetKind(string column, out LeadColumnKind kind) => _columns.TryGetValue(column, out kind);
}
