namespace Hitl.Core.Decisions;

/// <summary>Global option set hitl_automateddecisiontype: which automation made a logged decision.</summary>
public enum AutomatedDecisionType
{
    LeadScoring = 741200000,
    ConsentCheck = 741200001,
    BiasAudit = 741200002,
    CommissionCalculation = 741200003,
    ApprovalRouting = 741200004,
}
