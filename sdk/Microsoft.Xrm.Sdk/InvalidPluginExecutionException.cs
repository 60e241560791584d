using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The exception a plug-in throws to fail the operation with a message for the caller (error code IsvAborted).
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    private readonly OperationStatus _status;
    private readonly PluginHttpStatusCode _httpStatus;

    public InvalidPluginExecutionException()
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    /// <summary>Wraps <paramref name="exception"/>; an inner InvalidPluginExecutionException's HttpStatus carries over.</summary>
    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        _httpStatus = (exception as InvalidPluginExecutionException)?.HttpStatus ?? PluginHttpStatusCode.NotSet;
    }

    /// <param name="errorCode">Becomes <see cref="Exception.HResult"/> (and so <see cref="ErrorCode"/>) unless 0.</param>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        _status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, 0, message, httpStatus)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message)
    {
        _httpStatus = httpStatus;
    }

#pragma warning disable SYSLIB0051 // Legacy serialization kept on purpose: the real exception is ISerializable.
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        _status = (OperationStatus)info.GetValue(nameof(Status), typeof(OperationStatus));
        _httpStatus = (PluginHttpStatusCode)info.GetValue(nameof(HttpStatus), typeof(PluginHttpStatusCode));
    }
#pragma warning restore SYSLIB0051

    /// <summary>Failed unless a constructor said otherwise.</summary>
    public OperationStatus Status => _status;

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus => _httpStatus;

#pragma warning disable CS0672, SYSLIB0051 // Overrides the obsolete Exception.GetObjectData on purpose, see the constructor above.
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        if (info == null)
        {
            throw new ArgumentNullException(nameof(info));
        }

        info.AddValue(nameof(Status), _status, typeof(OperationStatus));
        info.AddValue(nameof(HttpStatus), _httpStatus, typeof(PluginHttpStatusCode));
        base.GetObjectData(info, context);
    }
#pragma warning restore CS0672, SYSLIB0051
}
