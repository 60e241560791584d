using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Columns to return: the named ones, or every column when AllColumns is true.</summary>
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        AddColumns(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns
    {
        get => _columns ??= new DataCollection<string>();
        set => _columns = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumn(string column) => Columns.Add(column);

    public void AddColumns(params string[] columns) => Columns.AddRange(columns);
}
