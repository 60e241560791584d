using System;
using System.Collections.Generic;
using System.Linq;

namespace Hitl.Solution;

/// <summary>
/// The SDK messages the product registers on or sends (pipeline-semantics.md §2, §4, §7): ids, image rules and
/// the request-name → message-name map (WinOpportunity is seen by plug-ins as Win).
/// </summary>
public sealed class SdkMessageCatalog
{
    private const string IdSuffix = "-ea3e-db11-86a7-000a3a5473e8";

    private static readonly string[] NoImages = Array.Empty<string>();

    public static SdkMessageCatalog Default { get; } = new(new[]
    {
        // Ids from Microsoft Learn ("Use messages with the SDK for .NET"); fixed across orgs.
        Message("Create", "9ebdbb1b", new[] { "Id" }, pre: false, post: true),
        Message("Update", "20bebb1b", new[] { "Target" }, pre: true, post: true),
        Message("Delete", "a1bdbb1b", new[] { "Target" }, pre: true, post: false),
        Message("Retrieve", "f2bdbb1b", NoImages, false, false),
        Message("RetrieveMultiple", "03bebb1b", NoImages, false, false),
        Message("Assign", "8cbdbb1b", new[] { "Target" }, true, true),
        Message("SetState", "1cbebb1b", new[] { "EntityMoniker" }, true, true),
        Message("SetStateDynamicEntity", "1dbebb1b", new[] { "EntityMoniker" }, true, true),
        Message("Merge", "dbbdbb1b", new[] { "Target", "SubordinateId" }, true, true),
        Message("GrantAccess", "c5bdbb1b", NoImages, false, false),
        Message("ModifyAccess", "dcbdbb1b", NoImages, false, false),
        Message("RevokeAccess", "11bebb1b", NoImages, false, false),
        Message("Execute", "a6bdbb1b", NoImages, false, false),

        // Ids not confirmed by a public source: usable by the emulator, not registrable from a step file.
        Message("Associate", null, NoImages, false, false, anyEntity: true),
        Message("Disassociate", null, NoImages, false, false, anyEntity: true),
        Message("Win", null, NoImages, false, false),
        Message("Lose", null, NoImages, false, false),
        Message("QualifyLead", null, NoImages, false, false),
        Message("Send", null, new[] { "EmailId", "FaxId", "TemplateId" }, true, true),
        Message("AddMember", null, NoImages, false, false),
        Message("AddListMembers", null, NoImages, false, false),
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

    private static SdkMessageInfo Message(string name, string? idPrefix, string[] imageProperties, bool pre, bool post, bool anyEntity = false) =>
        new(name, idPrefix is null ? null : Guid.Parse(idPrefix + IdSuffix), imageProperties, pre, post, anyEntity);
}
