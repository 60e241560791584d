using Hitl.Core.Approvals;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Scoring;

/// <summary>Resolves the "column" of a rule or feature against the catalog and the protected attributes.</summary>
internal sealed class ModelColumns
{
    private readonly ModelJson _json;
    private readonly LeadColumnCatalog _catalog;
    private readonly ProtectedAttributes _protected;

    public ModelColumns(ModelJson json, LeadColumnCatalog catalog, ProtectedAttributes protectedAttributes)
    {
        _json = json;
        _catalog = catalog;
        _protected = protectedAttributes;
    }

    /// <summary>The column's name and kind, or null after recording why it cannot be scored on.</summary>
    public ModelColumn? Read(JObject item, string itemPath)
    {
        var path = ModelJson.Child(itemPath, "column");
        var name = _json.Text(_json.Required(item, itemPath, "column"), path, 100);
        if (name == null) return null;

        // Checked before the catalog: a protected column is refused even when an organisation's catalog lists it.
        if (_protected.Contains(name))
        {
            _json.Fault(path, $"{InputText.Quote(name)} is a protected attribute ({ProtectedAttributes.SettingName}); a model may not score on it.");
            return null;
        }

        if (!_catalog.TryGetKind(name, out var kind))
        {
            _json.Fault(path, $"{InputText.Quote(name)} is not a lead column.");
            return null;
        }

        return new ModelColumn(name, kind);
    }

    /// <summary>The fault for a condition or feature that does not apply to the column's kind.</summary>
    public void WrongKind(string path, string column, LeadColumnKind kind, string what, string appliesTo) =>
        _json.Fault(path, $"{InputText.Quote(column)} is a {kind} column; {what} applies to {appliesTo} columns.");
}

/// <summary>A lead column a rule or feature may read.</summary>
internal sealed record ModelColumn(string Name, LeadColumnKind Kind);
