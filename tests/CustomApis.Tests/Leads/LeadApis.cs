using Hitl.Testing;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Hitl.CustomApis.Tests.Leads;

/// <summary>
/// The lead scoring custom APIs called as a flow or a maker calls them, and leads the built-in default model scores. The
/// leads are existing (imported) ones, unscored, so what the APIs compute and write is all there is to see.
/// </summary>
internal static class LeadApis
{
    /// <summary>A lead the default model scores 85 (grade A): 30 base + 20 budget + 10 can buy + 15 this quarter + 10 decision maker.</summary>
    public static Guid AddHotLead(this ApprovalWorld world, string name = "Hot") => world.AddScoredLead(name, 150000m, budgetStatus: 3, timeframe: 0, decisionMaker: true);

    /// <summary>A lead the default model scores 30 (grade C): base points only, contact details present.</summary>
    public static Guid AddPlainLead(this ApprovalWorld world, string name = "Plain", int? source = null) => world.AddScoredLead(name, null, source: source);

    public static Guid AddScoredLead(this ApprovalWorld world, string name, decimal? budget, int? budgetStatus = null, int? timeframe = null, bool? decisionMaker = null, int? source = null)
    {
        var lead = new Entity("lead") { ["lastname"] = name, ["companyname"] = name + " Ltd", ["emailaddress1"] = "buyer@contoso.test", ["telephone1"] = "+1 555 0100" };
        if (budget.HasValue) lead["budgetamount"] = new Money(budget.Value);
        if (budgetStatus.HasValue) lead["budgetstatus"] = new OptionSetValue(budgetStatus.Value);
        if (timeframe.HasValue) lead["purchasetimeframe"] = new OptionSetValue(timeframe.Value);
        if (decisionMaker.HasValue) lead["decisionmaker"] = decisionMaker.Value;
        if (source.HasValue) lead["leadsourcecode"] = new OptionSetValue(source.Value);
        return world.AddExistingLead(lead);
    }

    public static OrganizationResponse ScoreLead(this ApprovalWorld world, Guid caller, Guid leadId, string? modelDocument = null)
    {
        var request = new OrganizationRequest("hitl_ScoreLead") { ["Target"] = new EntityReference("lead", leadId) };
        if (modelDocument != null) request["ModelDocument"] = modelDocument;
        return world.As(caller).Execute(request);
    }

    public static OrganizationResponse Preview(this ApprovalWorld world, Guid caller, string? modelDocument = null, Guid? modelId = null, string? fetchXml = null, int? sampleSize = null)
    {
        var request = new OrganizationRequest("hitl_PreviewScoringModel");
        if (modelDocument != null) request["ModelDocument"] = modelDocument;
        if (modelId.HasValue) request["ModelId"] = modelId.Value;
        if (fetchXml != null) request["FetchXml"] = fetchXml;
        if (sampleSize.HasValue) request["SampleSize"] = sampleSize.Value;
        return world.As(caller).Execute(request);
    }

    public static OrganizationResponse Rescore(this ApprovalWorld world, Guid caller, string? fetchXml = null, string? token = null)
    {
        var request = new OrganizationRequest("hitl_RescoreLeads");
        if (fetchXml != null) request["FetchXml"] = fetchXml;
        if (token != null) request["ContinuationToken"] = token;
        return world.As(caller).Execute(request);
    }

    public static OrganizationResponse LeadMetrics(this ApprovalWorld world, Guid caller, DateTime from, DateTime to) =>
        world.As(caller).Execute(new OrganizationRequest("hitl_GetLeadScoringMetrics") { ["From"] = from, ["To"] = to });

    public static void Qualify(this ApprovalWorld world, Guid leadId) =>
        world.Emulator.CreateService().Execute(new QualifyLeadRequest { LeadId = new EntityReference("lead", leadId), CreateAccount = false, CreateContact = false, CreateOpportunity = false, Status = new OptionSetValue(3) });

    public static void Disqualify(this ApprovalWorld world, Guid leadId) =>
        world.Emulator.CreateService().Execute(new SetStateRequest { EntityMoniker = new EntityReference("lead", leadId), State = new OptionSetValue(2), Status = new OptionSetValue(6) });

    /// <summary>A points model: 10 base points, +70 for a referral (leadsourcecode 2): 80 (A) or 10 (D).</summary>
    public const string ReferralModel = """
        {"schemaVersion":1,"name":"Referrals first","version":"ref-1","kind":"points","basePoints":10,
         "rules":[{"column":"leadsourcecode","equals":2,"points":70,"label":"Referral"}],
         "grades":{"A":75,"B":50,"C":25},"reasons":2}
        """;
}
