using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator;

/// <summary>Builds faults the way the Dataverse SDK surfaces them to callers.</summary>
internal static class Faults
{
    public static FaultException<OrganizationServiceFault> Create(int code, string message)
        => new(new OrganizationServiceFault { ErrorCode = code, Message = message }, new FaultReason(message));

    public static FaultException<OrganizationServiceFault> Wrap(OrganizationServiceFault fault)
        => new(fault, new FaultReason(fault.Message));

    public static FaultException<OrganizationServiceFault> DoesNotExist(string entity, Guid id)
        => Create(ErrorCodes.ObjectDoesNotExist, $"{entity} With Id = {id:D} Does Not Exist");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message)
        => Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> UnknownTable(string entity)
        => Create(ErrorCodes.InvalidArgument, $"The entity with a name = '{entity}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string entity, string column)
        => Create(ErrorCodes.QueryBuilderNoAttribute, $"'{entity}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");
}
