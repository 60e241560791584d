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

    /// <summary>Error code (hex), message and the chain of inner faults: what a trace log needs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (OrganizationServiceFault fault = this; fault != null; fault = fault.InnerFault)
        {
            if (text.Length > 0)
            {
                text.Append(" ---> ");
            }

            text.AppendFormat(CultureInfo.InvariantCulture, "OrganizationServiceFault 0x{0:X8}: {1}", fault.ErrorCode, fault.Message);
        }

        return text.ToString();
    }
}
