using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Hitl.Sdk.Tests;

public class FaultAndExceptionTests
{
    private const int IsvAborted = unchecked((int)0x80040265);

    [Fact]
    public void Default_status_is_Failed_and_http_status_is_NotSet()
    {
        var ex = new InvalidPluginExecutionException("The approval is already decided.");

        Assert.Equal("The approval is already decided.", ex.Message);
        Assert.Equal(OperationStatus.Failed, ex.Status);
        Assert.Equal(PluginHttpStatusCode.NotSet, ex.HttpStatus);
        Assert.Equal(ex.HResult, ex.ErrorCode);
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException().Status);
    }

    [Fact]
    public void Status_constructors_keep_the_status()
    {
        Assert.Equal(OperationStatus.Canceled, new InvalidPluginExecutionException(OperationStatus.Canceled).Status);
        Assert.Equal(string.Empty, new InvalidPluginExecutionException(OperationStatus.Canceled).Message);
        var retry = new InvalidPluginExecutionException(OperationStatus.Retry, "try again");
        Assert.Equal((OperationStatus.Retry, "try again"), (retry.Status, retry.Message));
    }

    [Fact]
    public void A_non_zero_error_code_becomes_the_HResult()
    {
        var coded = new InvalidPluginExecutionException(OperationStatus.Failed, IsvAborted, "aborted");
        var uncoded = new InvalidPluginExecutionException(OperationStatus.Failed, 0, "aborted");

        Assert.Equal(IsvAborted, coded.ErrorCode);
        Assert.Equal(IsvAborted, coded.HResult);
        Assert.Equal(new Exception().HResult, uncoded.ErrorCode);
    }

    [Fact]
    public void Http_status_constructors_keep_the_http_status()
    {
        var conflict = new InvalidPluginExecutionException("taken", PluginHttpStatusCode.Conflict);
        var full = new InvalidPluginExecutionException(OperationStatus.Suspended, 42, "later", PluginHttpStatusCode.ServiceUnavailable);

        Assert.Equal((OperationStatus.Failed, PluginHttpStatusCode.Conflict, "taken"), (conflict.Status, conflict.HttpStatus, conflict.Message));
        Assert.Equal((OperationStatus.Suspended, 42, PluginHttpStatusCode.ServiceUnavailable), (full.Status, full.ErrorCode, full.HttpStatus));
    }

    [Fact]
    public void Wrapping_keeps_the_inner_exception_and_an_inner_plugin_exception_http_status()
    {
        var inner = new InvalidPluginExecutionException("no", PluginHttpStatusCode.Forbidden);
        var wrapped = new InvalidPluginExecutionException("outer", inner);
        var other = new InvalidPluginExecutionException("outer", new TimeoutException());

        Assert.Same(inner, wrapped.InnerException);
        Assert.Equal(PluginHttpStatusCode.Forbidden, wrapped.HttpStatus);
        Assert.Equal(PluginHttpStatusCode.NotSet, other.HttpStatus);
        Assert.IsType<TimeoutException>(other.InnerException);
    }

    [Fact]
    public void Serialization_data_round_trips_status_and_http_status()
    {
        var original = new InvalidPluginExecutionException(OperationStatus.Retry, IsvAborted, "retry me", PluginHttpStatusCode.TooManyRequests);
#pragma warning disable SYSLIB0050, SYSLIB0051 // Exercising the legacy ISerializable contract the real exception keeps.
        var info = new SerializationInfo(typeof(InvalidPluginExecutionException), new FormatterConverter());
        var context = new StreamingContext(StreamingContextStates.All);
        original.GetObjectData(info, context);
#pragma warning restore SYSLIB0050, SYSLIB0051
        ConstructorInfo ctor = typeof(InvalidPluginExecutionException).GetConstructor(
            BindingFlags.Instance | BindingFlags.NonPublic, [typeof(SerializationInfo), typeof(StreamingContext)])!;

        var copy = (InvalidPluginExecutionException)ctor.Invoke([info, context]);

        Assert.Equal((OperationStatus.Retry, IsvAborted, "retry me", PluginHttpStatusCode.TooManyRequests), (copy.Status, copy.ErrorCode, copy.Message, copy.HttpStatus));
        Assert.True(ctor.IsPrivate);
        Assert.NotNull(typeof(InvalidPluginExecutionException).GetCustomAttribute<SerializableAttribute>());
    }

    [Fact]
    public void OrganizationServiceFault_ToString_writes_one_block_per_fault_in_the_chain()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = IsvAborted,
            Message = "outer",
            ErrorDetails = new ErrorDetailCollection { { "CallStack", "at Plugin.Execute()" } },
            InnerFault = new OrganizationServiceFault { ErrorCode = unchecked((int)0x80040217), Message = "inner" },
        };

        string[] lines = fault.ToString().Split(Environment.NewLine);

        Assert.Equal(2, lines.Count(l => l == "Exception details: "));
        Assert.Equal(2, lines.Count(l => l == "--"));
        Assert.Equal(new[] { "ErrorCode: 0x80040265", "ErrorCode: 0x80040217" }, lines.Where(l => l.StartsWith("ErrorCode", StringComparison.Ordinal)));
        Assert.Equal(new[] { "Message: outer", "Message: inner" }, lines.Where(l => l.StartsWith("Message", StringComparison.Ordinal)));
        Assert.Contains("at Plugin.Execute()", lines);
    }

    [Fact]
    public void ExecuteTransactionFault_is_an_OrganizationServiceFault_with_the_failed_index()
    {
        OrganizationServiceFault fault = new ExecuteTransactionFault { FaultedRequestIndex = 2, ErrorCode = 1, ErrorDetails = new ErrorDetailCollection { { "k", "v" } } };

        Assert.Equal(2, Assert.IsType<ExecuteTransactionFault>(fault).FaultedRequestIndex);
        Assert.Equal("v", fault.ErrorDetails["k"]);
    }

    [Fact]
    public void ErrorDetails_is_created_on_first_read_and_kept()
    {
        var fault = new OrganizationServiceFault();

        fault.ErrorDetails["MaxBatchSize"] = 1000;

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Same(fault.ErrorDetails, fault.ErrorDetails);
        fault.ErrorDetails = null!;
        Assert.Empty(fault.ErrorDetails); // a null assignment is replaced on the next read, as in the real getter
    }
}
