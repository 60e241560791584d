using System;
using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of FaultException&lt;OrganizationServiceFault&gt;, thrown for every failed service call.</summary>
[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    public string TraceText { get; set; }

    public OrganizationServiceFault InnerFault { get; set; }

    /// <summary>One "Exception details" block per fault in the InnerFault chain, in the real SDK's layout.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (OrganizationServiceFault fault = this; fault != null; fault = fault.InnerFault)
        {
            text.AppendLine("Exception details: ");
            text.AppendLine("ErrorCode: 0x" + fault.ErrorCode.ToString("X", CultureInfo.InvariantCulture));
            text.AppendLine("Message: " + fault.Message);
            if (fault.ErrorDetails != null && fault.ErrorDetails.TryGetValue("CallStack", out object callStack))
            {
                text.AppendLine("StackTrace: ");
                text.AppendLine(callStack as string);
            }

            text.AppendLine("TimeStamp: " + fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            text.AppendLine("--");
        }

        return text.ToString();
    }
}
