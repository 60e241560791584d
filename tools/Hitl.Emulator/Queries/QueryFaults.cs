using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Queries;

/// <summary>The Dataverse faults the query engine raises, with the platform's error codes.</summary>
public static class QueryFaults
{
    public const int InvalidArgumentCode = -2147220989;
    public const int QueryBuilderNoAttributeCode = -2147217149;
    public const int QueryBuilderNoEntityCode = -2147217150;
    public const int AggregateQueryRecordLimitCode = -2147164125;

    internal static FaultException<OrganizationServiceFault> Create(int code, string message) =>
        new(new OrganizationServiceFault { ErrorCode = code, Message = message }, new FaultReason(message));

    internal static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Create(QueryBuilderNoEntityCode,
            $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    internal static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(QueryBuilderNoAttributeCode,
            $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    internal static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(InvalidArgumentCode, message);

    /// <summary>Something Dataverse supports that this emulator deliberately does not.</summary>
    internal static FaultException<OrganizationServiceFault> Unsupported(string what) =>
        Create(InvalidArgumentCode, $"{what} is not supported by the Hitl emulator's query engine.");

    internal static FaultException<OrganizationServiceFault> AggregateLimit() =>
        Create(AggregateQueryRecordLimitCode, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
}
