using System.Globalization;
using System.ServiceModel;
using Hitl.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>What the caller sees when a plug-in throws.</summary>
internal static class FaultTranslator
{
    public const string IsvUnexpectedMessage = "An unexpected error occurred from ISV code.";

    /// <summary>
    /// IsvAborted/IsvUnExpected carry the step's trace (TraceText, headed by the plug-in type and the step as the
    /// platform writes it) and ErrorDetails OperationStatus/SubErrorCode/ExceptionSource as the platform fills them.
    /// </summary>
    public static FaultException<OrganizationServiceFault> FromPlugin(Exception exception, StepRegistration step, IReadOnlyList<string> trace) => exception switch
    {
        // A fault from a nested call that escapes the plug-in keeps its code.
        FaultException<OrganizationServiceFault> fault => fault,
        InvalidPluginExecutionException ipe => PluginFault(ErrorCodes.IsvAborted, ipe.Message, ipe.Status, ipe.ErrorCode, step, trace),
        _ => PluginFault(ErrorCodes.IsvUnExpected, IsvUnexpectedMessage, OperationStatus.Failed, exception.HResult, step, trace),
    };

    private static FaultException<OrganizationServiceFault> PluginFault(int code, string message, OperationStatus status, int subErrorCode,
        StepRegistration step, IReadOnlyList<string> trace)
    {
        var fault = new OrganizationServiceFault { ErrorCode = code, Message = message, TraceText = TraceText(step, trace) };
        // The Web API shows these as @Microsoft.PowerApps.CDS.ErrorDetails.* string annotations.
        fault.ErrorDetails["OperationStatus"] = ((int)status).ToString(CultureInfo.InvariantCulture);
        fault.ErrorDetails["SubErrorCode"] = subErrorCode.ToString(CultureInfo.InvariantCulture);
        fault.ErrorDetails["ExceptionSource"] = "PluginExecution";
        return Faults.Wrap(fault);
    }

    private static string TraceText(StepRegistration step, IReadOnlyList<string> trace)
    {
        var parts = step.PluginTypeName.Split(',');
        var typeName = parts[0].Trim();
        var assembly = parts.Length > 1 ? parts[1].Trim() : typeName;
        return $"\r\n[{assembly}: {typeName}]\r\n[{step.Id:D}: {step.Name}]\r\n\r\n" + string.Join("\r\n", trace);
    }

    public static FaultException<OrganizationServiceFault> TransactionCountReduced() => Faults.Create(
        ErrorCodes.IsvReducedOpenTransactionCount,
        "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");

    public static FaultException<OrganizationServiceFault> DepthTooHigh() => Faults.Create(
        ErrorCodes.SdkCorrelationTokenDepthTooHigh,
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.");
}
