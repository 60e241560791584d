using Hitl.Core.Approvals;
using Hitl.Dataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Hitl.Dataverse.Approvals;

/// <summary>
/// Serialises transitions of one approval. The pre-image is read without a lock, so two decisions saved at
/// the same moment could both see "pending". Writing the row (an unchanged value) takes its database lock
/// for the rest of the transaction; the row read after that is what the rules decide on, so the second
/// decision waits for the first and then sees it ("already approved by …").
/// </summary>
public static class ApprovalLock
{
    /// <param name="before">The pre-image: its correlation key is written back unchanged.</param>
    public static ApprovalSnapshot AcquireAndRead(ILocalPluginContext context, Entity before)
    {
        var service = context.SystemService;
        service.Update(new Entity(ApprovalSchema.Table, before.Id) { [ApprovalSchema.CorrelationKey] = before.GetAttributeValue<string>(ApprovalSchema.CorrelationKey) });
        return ApprovalMapping.ToSnapshot(ApprovalQueries.Retrieve(service, before.Id));
    }
}
