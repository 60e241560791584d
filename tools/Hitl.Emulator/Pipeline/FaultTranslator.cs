using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>What the caller sees when a plug-in throws.</summary>
internal static class FaultTranslator
{
    public const string IsvUnexpectedMessage = "An unexpected error occurred from ISV code.";

    public static FaultException<OrganizationServiceFault> FromPlugin(Exception exception) => exception switch
    {
        // A fault from a nested call that escapes the plug-in keeps its code.
        FaultException<OrganizationServiceFault> fault => fault,
        InvalidPluginExecutionException ipe => Faults.Create(ErrorCodes.IsvAborted, ipe.Message),
        _ => Faults.Create(ErrorCodes.IsvUnExpected, IsvUnexpectedMessage),
    };

    public static FaultException<OrganizationServiceFault> TransactionCountReduced() => Faults.Create(
        ErrorCodes.IsvReducedOpenTransactionCount,
        "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");

    public static FaultException<OrganizationServiceFault> DepthTooHigh() => Faults.Create(
        ErrorCodes.SdkCorrelationTokenDepthTooHigh,
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.");
}
