using Hitl.Emulator.Metadata;
using Hitl.Solution;
using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests.PlatformMessages;

/// <summary>
/// The fixture solution plus steps on the platform messages whose sdkmessage ids are unconfirmed (so no step file
/// may name them; see SdkMessageCatalog): the steps are added to the loaded metadata instead, as a later capability
/// would once the ids are known. Tracer steps at stages 10/20/40 on each message; a refusing step where asked.
/// </summary>
internal static class PlatformMessageFixture
{
    public const string Tracer = "Hitl.Emulator.Tests.Plugins.ContextTracer, Hitl.Emulator.Tests";
    public const string Refuser = "Hitl.Emulator.Tests.Plugins.StepRefuser, Hitl.Emulator.Tests";

    private static readonly (string Message, string Entity)[] Messages =
    [
        ("Win", "opportunity"), ("Lose", "opportunity"), ("QualifyLead", "lead"), ("Send", "email"),
        ("AddMember", "list"), ("AddListMembers", "list"), ("Create", "opportunity"), ("Create", "opportunityclose"),
    ];

    private static readonly Lazy<EmulatorMetadata> Fixture = new(() =>
        SolutionMetadataMapper.Map(Hitl.Solution.SolutionModel.Load(FixtureSolution.Folder)));

    private static readonly Lazy<DataverseEmulator> Traced = new(() => Create(TracerSteps()));

    public static DataverseEmulator NewEmulator() => Traced.Value.Clone();

    public static string StepName(string message, string entity, int stage) => $"Tracer: {message} of {entity} ({stage})";

    /// <summary>The traced emulator plus a refusing sync PostOperation step on <paramref name="message"/>.</summary>
    public static DataverseEmulator WithRefusingStep(string message, string entity) =>
        Create(TracerSteps().Append(new StepRegistration(Guid.NewGuid(), $"Refuser: {message}", message, entity, 40, 0, Refuser)));

    public static Guid Opportunity(this IOrganizationService service, string name = "Big deal") =>
        service.Create(new Entity("opportunity") { ["name"] = name, ["estimatedvalue"] = new Money(5000m) });

    public static Guid Lead(this IOrganizationService service, string? company = "Contoso") =>
        service.Create(new Entity("lead")
        {
            ["subject"] = "Interested in widgets", ["firstname"] = "Avery", ["lastname"] = "Lee", ["companyname"] = company,
            ["emailaddress1"] = "avery@contoso.test", ["estimatedamount"] = new Money(1200m), ["jobtitle"] = "Buyer",
        });

    public static Guid List(this IOrganizationService service, int createdFromCode, bool dynamic = false) =>
        service.Create(new Entity("list") { ["listname"] = "Spring campaign", ["createdfromcode"] = new OptionSetValue(createdFromCode), ["type"] = dynamic });

    public static Guid Contact(this IOrganizationService service, string lastName = "Kim") =>
        service.Create(new Entity("contact") { ["firstname"] = "Jo", ["lastname"] = lastName });

    private static IEnumerable<StepRegistration> TracerSteps() =>
        from m in Messages
        from stage in new[] { 10, 20, 40 }
        select new StepRegistration(Guid.NewGuid(), StepName(m.Message, m.Entity, stage), m.Message, m.Entity, stage, 0, Tracer)
        {
            Images = m.Message == "Send" && stage == 40
                ? [new ImageRegistration("PreImage", ImageType.PreImage, ["subject", "statecode"]), new ImageRegistration("PostImage", ImageType.PostImage, ["subject", "statecode"])]
                : [],
        };

    private static DataverseEmulator Create(IEnumerable<StepRegistration> extra)
    {
        var f = Fixture.Value;
        var metadata = new EmulatorMetadata(f.Tables, f.Relationships, f.Steps.Concat(extra), f.CustomApis, f.EnvironmentVariables, f.Roles);
        return DataverseEmulator.Create(metadata, new EmulatorOptions { Seed = 42 });
    }
}
