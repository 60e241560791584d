using System.Globalization;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace Hitl.Emulator.Queries;

/// <summary>
/// TopCount and PagingInfo: the page window, MoreRecords, the paging cookie and the total record count.
/// Pages hold at most 5,000 rows (also the default size). A paging cookie from an earlier page makes the next
/// page start after the cookie's last row, so rows created or deleted between pages do not shift it.
/// </summary>
internal sealed class Pager
{
    public const int MaxPageSize = 5000;
    public const int TotalRecordCountLimit = 5000;

    private readonly int? top;
    private readonly PagingInfo? pageInfo;

    private Pager(int? top, PagingInfo? pageInfo)
    {
        this.top = top;
        this.pageInfo = pageInfo;
    }

    public static Pager Build(int? topCount, PagingInfo? pageInfo)
    {
        var paging = pageInfo is not null
            && (pageInfo.Count > 0 || pageInfo.PageNumber > 1 || !string.IsNullOrEmpty(pageInfo.PagingCookie));
        if (topCount.HasValue && paging)
        {
            throw QueryFaults.InvalidArgument(
                "TopCount cannot be combined with paging (PageInfo.PageNumber, Count or PagingCookie): use one or the other.");
        }
        if (topCount.HasValue && pageInfo is { ReturnTotalRecordCount: true })
        {
            throw QueryFaults.InvalidArgument("TopCount cannot be combined with PageInfo.ReturnTotalRecordCount.");
        }
        if (topCount is < 0)
        {
            throw QueryFaults.InvalidArgument($"TopCount must not be negative (was {topCount}).");
        }
        if (pageInfo is { Count: < 0 } or { PageNumber: < 0 })
        {
            throw QueryFaults.InvalidArgument("PageInfo.PageNumber and PageInfo.Count must not be negative.");
        }
        return new Pager(topCount, pageInfo);
    }

    public bool ReturnTotalRecordCount => pageInfo?.ReturnTotalRecordCount == true;

    public int PageNumber => pageInfo is { PageNumber: > 0 } ? pageInfo.PageNumber : 1;

    /// <summary>The [start, start + count) window over <paramref name="total"/> ordered rows.</summary>
    /// <param name="positionOfKey">Position of the row with a given primary key, or null when cookies cannot seek.</param>
    public (int Start, int Count, bool MoreRecords) Window(int total, Func<Guid, int?>? positionOfKey, string primaryId)
    {
        if (top.HasValue)
        {
            return (0, Math.Min(top.Value, total), false);
        }
        var size = pageInfo is { Count: > 0 } ? Math.Min(pageInfo.Count, MaxPageSize) : MaxPageSize;
        var start = (long)(PageNumber - 1) * size;
        if (positionOfKey is not null && CookieLastKey(pageInfo?.PagingCookie, primaryId) is { } last
            && positionOfKey(last) is { } position)
        {
            start = position + 1;
        }
        var from = (int)Math.Min(start, total);
        var count = Math.Min(size, total - from);
        return (from, count, from + count < total);
    }

    /// <summary>The cookie Dataverse returns: the page number and the first and last primary keys of the page.</summary>
    public string Cookie(string primaryId, Guid first, Guid last) =>
        new XElement("cookie",
            new XAttribute("page", PageNumber.ToString(CultureInfo.InvariantCulture)),
            new XElement(primaryId,
                new XAttribute("last", last.ToString("B").ToUpperInvariant()),
                new XAttribute("first", first.ToString("B").ToUpperInvariant())))
            .ToString(SaveOptions.DisableFormatting);

    private static Guid? CookieLastKey(string? cookie, string primaryId)
    {
        if (string.IsNullOrWhiteSpace(cookie))
        {
            return null;
        }
        try
        {
            var last = XElement.Parse(cookie!).Element(primaryId)?.Attribute("last")?.Value;
            return Guid.TryParse(last, out var id) ? id : null;
        }
        catch (System.Xml.XmlException)
        {
            throw QueryFaults.InvalidArgument($"The paging cookie is not valid XML: {cookie}");
        }
    }
}
