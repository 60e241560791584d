namespace Hitl.Solution;

/// <summary>
/// The SDK messages the product registers on or sends (pipeline-semantics.md §2, §4, §7): ids, image rules and
/// the request-name → message-name map (WinOpportunity is seen by plug-ins as Win).
/// </summary>
public sealed class SdkMessageCatalog
{
    private static readonly string[] NoImages = Array.Empty<string>();

    // Each id is written out in full: the shared "-ea3e-db11-86a7-000a3a5473e8" tail holds for the messages Learn lists,
    // but nothing says it holds for others, so no id is derived from it.
    // LearnMessageIds: Microsoft Learn, "Use messages with the SDK for .NET"
    // (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages), sdkmessage ids fixed across orgs.

    public static SdkMessageCatalog Default { get; } = new(new[]
    {
        Message("Create", "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "Id" }, pre: false, post: true), // LearnMessageIds
        Message("Update", "20bebb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "Target" }, pre: true, post: true), // LearnMessageIds
        Message("Delete", "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "Target" }, pre: true, post: false), // LearnMessageIds
        Message("Retrieve", "f2bdbb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // LearnMessageIds
        Message("RetrieveMultiple", "03bebb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // LearnMessageIds
        Message("Assign", "8cbdbb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "Target" }, true, true), // LearnMessageIds
        Message("SetState", "1cbebb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "EntityMoniker" }, true, true), // LearnMessageIds
        Message("SetStateDynamicEntity", "1dbebb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "EntityMoniker" }, true, true), // LearnMessageIds
        Message("Merge", "dbbdbb1b-ea3e-db11-86a7-000a3a5473e8", new[] { "Target", "SubordinateId" }, true, true), // LearnMessageIds
        Message("GrantAccess", "c5bdbb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // LearnMessageIds
        Message("ModifyAccess", "dcbdbb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // LearnMessageIds
        Message("RevokeAccess", "11bebb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // LearnMessageIds
        Message("Execute", "a6bdbb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // LearnMessageIds

        // From a real export: github.com/Newsman/Dynamics-CRM-Newsman, NewsmanSync_1_1_0_5_managed.zip → customizations.xml
        // (commit f54c9e00d69eb4619f1afe9a51909d153de687c5; the same ids in all 20 versions of the zip in its history):
        // steps "NewsmanLib.ListMember: AddMember of list" and "NewsmanLib.ListMember: AddListMembers of list" on <PrimaryEntity>list.
        // One source each; the AddMember id follows Learn's platform pattern, the AddListMembers id does not (a later message).
        Message("AddMember", "87bdbb1b-ea3e-db11-86a7-000a3a5473e8", NoImages, false, false), // on list; no images
        Message("AddListMembers", "20e3c979-fce7-4b21-9d31-ae197ce8acbd", NoImages, false, false), // on list; no images

        // UNCONFIRMED ids: the emulator runs these messages, but no step file may name them. Searched: public exported
        // solutions (customizations.xml and SdkMessageProcessingSteps/*.xml with <SdkMessageId> near Win/Lose/QualifyLead/
        // Send steps, and the solution zips committed in six public Dataverse repositories), Web API and SDK registration code binding sdkmessages(...), Learn's
        // message pages and table reference; none names these ids (see tools/Hitl.Emulator/README.md). Read them from a
        // real org (GET sdkmessages?$filter=name eq 'Win'&$select=sdkmessageid) and cite the source here before use.
        Message("Associate", null, NoImages, false, false, anyEntity: true),
        Message("Disassociate", null, NoImages, false, false, anyEntity: true),
        Message("Win", null, NoImages, false, false), // on opportunity; no images (pipeline-semantics.md §2)
        Message("Lose", null, NoImages, false, false), // on opportunity; no images
        Message("QualifyLead", null, NoImages, false, false), // on lead; no images
        Message("Send", null, new[] { "EmailId", "FaxId", "TemplateId" }, true, true), // on email; images by EmailId
        Message("RemoveMember", null, NoImages, false, false),
        Message("Upsert", null, NoImages, false, false),
    });

    /// <summary>Request names (OrganizationRequest.RequestName) whose message name differs.</summary>
    private static readonly IReadOnlyDictionary<string, string> RequestToMessage =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["WinOpportunity"] = "Win",
            ["LoseOpportunity"] = "Lose",
            ["SendEmail"] = "Send",
            ["AddListMembersList"] = "AddListMembers",
            ["AddMemberList"] = "AddMember",
            ["RemoveMemberList"] = "RemoveMember",
        };

    private readonly Dictionary<string, SdkMessageInfo> _byName;
    private readonly Dictionary<Guid, SdkMessageInfo> _byId;

    public SdkMessageCatalog(IEnumerable<SdkMessageInfo> messages)
    {
        Messages = messages.ToArray();
        _byName = Messages.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        _byId = Messages.Where(m => m.Id.HasValue).ToDictionary(m => m.Id!.Value);
    }

    public IReadOnlyList<SdkMessageInfo> Messages { get; }

    public bool TryGetById(Guid id, out SdkMessageInfo message) => _byId.TryGetValue(id, out message!);

    public bool TryGetByName(string name, out SdkMessageInfo message) => _byName.TryGetValue(name, out message!);

    /// <summary>Returns the message or throws <see cref="KeyNotFoundException"/> naming it.</summary>
    public SdkMessageInfo Get(string name) =>
        _byName.TryGetValue(name, out var message)
            ? message
            : throw new KeyNotFoundException($"SDK message '{name}' is not in the catalog.");

    /// <summary>The message name plug-ins see for a request name: WinOpportunity → Win; others unchanged.</summary>
    public static string MessageNameForRequest(string requestName) =>
        RequestToMessage.TryGetValue(requestName, out var message) ? message : requestName;

    private static SdkMessageInfo Message(string name, string? id, string[] imageProperties, bool pre, bool post, bool anyEntity = false) =>
        new(name, id is null ? null : Guid.Parse(id), imageProperties, pre, post, anyEntity);
}
