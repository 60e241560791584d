namespace Hitl.Emulator;

/// <summary>Dataverse error codes the emulator raises (OrganizationServiceFault.ErrorCode).</summary>
public static class ErrorCodes
{
    /// <summary>0x80040217: Retrieve/Update/Delete of a missing id, or a lookup to a missing row.</summary>
    public const int ObjectDoesNotExist = -2147220969;
    /// <summary>0x80040237: Create with an existing id; re-associating an existing N:N pair.</summary>
    public const int DuplicateRecord = -2147220937;
    /// <summary>0x80060892: Upsert KeyAttributes match more than one row (key uniqueness itself is not enforced).</summary>
    public const int DuplicateRecordEntityKey = -2147088238;
    /// <summary>0x80060882: IfRowVersionMatches and the RowVersion differs.</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;
    /// <summary>0x80060883: IfRowVersionMatches without a RowVersion.</summary>
    public const int ConcurrencyVersionNotProvided = -2147088253;
    /// <summary>0x80040265: a plug-in threw InvalidPluginExecutionException.</summary>
    public const int IsvAborted = -2147220891;
    /// <summary>0x80040224: a plug-in threw any other exception.</summary>
    public const int IsvUnExpected = -2147220956;
    /// <summary>0x80040220: the caller lacks a privilege.</summary>
    public const int PrivilegeDenied = -2147220960;
    /// <summary>0x80040203: bad argument (wrong value type, bad lookup target, bad request parameter).</summary>
    public const int InvalidArgument = -2147220989;
    /// <summary>0x80041103: a column the table does not have.</summary>
    public const int QueryBuilderNoAttribute = -2147217149;
    /// <summary>0x80040216: generic server error (also: an unknown request).</summary>
    public const int UnExpected = -2147220970;
    /// <summary>0x80044182: Depth exceeded the infinite-loop limit.</summary>
    public const int SdkCorrelationTokenDepthTooHigh = -2147204734;
    /// <summary>0x8009000C: a plug-in swallowed a failed service call inside the transaction.</summary>
    public const int IsvReducedOpenTransactionCount = -2146893812;
    /// <summary>0x80044331: a string longer than the column's MaxLength.</summary>
    public const int StringLengthTooLong = -2147204303;
    /// <summary>
    /// 0x80044330: a number outside the column's MinValue..MaxValue. Code and message ("A validation error occurred for
    /// table.column. The value … of type … is outside the valid range(min to max).") as reported from real orgs
    /// (TALXIS/tools-cli issue #83, public Dataverse table-creation notes quoting the fault).
    /// </summary>
    public const int ValueOutOfRange = -2147204304;
    /// <summary>0x8004431A: an option value the column's choice does not define.</summary>
    public const int PicklistValueOutOfRange = -2147204326;
    /// <summary>0x80040227: delete blocked by a Restrict relationship.</summary>
    public const int CannotDeleteDueToAssociation = -2147220953;
}
