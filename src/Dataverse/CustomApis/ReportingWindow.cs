using Hitl.Dataverse.Approvals;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.CustomApis;

/// <summary>The [From, To) window of a metrics API, in UTC: both required, To later than From.</summary>
public static class ReportingWindow
{
    public static (DateTime From, DateTime To) Read(CustomApiRequest request)
    {
        if (request == null) throw new ArgumentNullException(nameof(request));
        var from = ApprovalMapping.ToUtc(request.Required<DateTime>("From"));
        var to = ApprovalMapping.ToUtc(request.Required<DateTime>("To"));
        if (to <= from) throw new InvalidPluginExecutionException($"To ({to:u}) must be later than From ({from:u}).");
        return (from, to);
    }
}
