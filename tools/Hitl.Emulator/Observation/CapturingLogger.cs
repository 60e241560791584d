using System.Globalization;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace Hitl.Emulator.Observation;

/// <summary>The Application Insights ILogger given to plug-ins; every entry lands in the step's trace.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly StepObserver _observer;

    public CapturingLogger(StepObserver observer) => _observer = observer;

    private void Write(LogLevel level, Exception? exception, string message, object[]? args)
    {
        var text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, message, args) : message;
        if (exception is not null) text += " | " + exception.GetType().Name + ": " + exception.Message;
        _observer.Write("Log:" + level, text);
    }

    public IDisposable BeginScope<TState>(TState state) => NoScope.Instance;
    public IDisposable BeginScope(string messageFormat, params object[] args) => NoScope.Instance;
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
        => Write(logLevel, exception, formatter(state, exception), null);

    public void Log(LogLevel logLevel, EventId eventId, Exception exception, string message, params object[] args) => Write(logLevel, exception, message, args);
    public void Log(LogLevel logLevel, EventId eventId, string message, params object[] args) => Write(logLevel, null, message, args);
    public void Log(LogLevel logLevel, Exception exception, string message, params object[] args) => Write(logLevel, exception, message, args);
    public void Log(LogLevel logLevel, string message, params object[] args) => Write(logLevel, null, message, args);

    public void LogCritical(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Critical, exception, message, args);
    public void LogCritical(EventId eventId, string message, params object[] args) => Write(LogLevel.Critical, null, message, args);
    public void LogCritical(Exception exception, string message, params object[] args) => Write(LogLevel.Critical, exception, message, args);
    public void LogCritical(string message, params object[] args) => Write(LogLevel.Critical, null, message, args);
    public void LogDebug(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Debug, exception, message, args);
    public void LogDebug(EventId eventId, string message, params object[] args) => Write(LogLevel.Debug, null, message, args);
    public void LogDebug(Exception exception, string message, params object[] args) => Write(LogLevel.Debug, exception, message, args);
    public void LogDebug(string message, params object[] args) => Write(LogLevel.Debug, null, message, args);
    public void LogError(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Error, exception, message, args);
    public void LogError(EventId eventId, string message, params object[] args) => Write(LogLevel.Error, null, message, args);
    public void LogError(Exception exception, string message, params object[] args) => Write(LogLevel.Error, exception, message, args);
    public void LogError(string message, params object[] args) => Write(LogLevel.Error, null, message, args);
    public void LogInformation(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Information, exception, message, args);
    public void LogInformation(EventId eventId, string message, params object[] args) => Write(LogLevel.Information, null, message, args);
    public void LogInformation(Exception exception, string message, params object[] args) => Write(LogLevel.Information, exception, message, args);
    public void LogInformation(string message, params object[] args) => Write(LogLevel.Information, null, message, args);
    public void LogTrace(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Trace, exception, message, args);
    public void LogTrace(EventId eventId, string message, params object[] args) => Write(LogLevel.Trace, null, message, args);
    public void LogTrace(Exception exception, string message, params object[] args) => Write(LogLevel.Trace, exception, message, args);
    public void LogTrace(string message, params object[] args) => Write(LogLevel.Trace, null, message, args);
    public void LogWarning(EventId eventId, Exception exception, string message, params object[] args) => Write(LogLevel.Warning, exception, message, args);
    public void LogWarning(EventId eventId, string message, params object[] args) => Write(LogLevel.Warning, null, message, args);
    public void LogWarning(Exception exception, string message, params object[] args) => Write(LogLevel.Warning, exception, message, args);
    public void LogWarning(string message, params object[] args) => Write(LogLevel.Warning, null, message, args);

    public void LogMetric(string metricName, long value) => _observer.Write("Metric", $"{metricName}={value}");
    public void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value) => LogMetric(metricName, value);
    public void AddCustomProperty(string propertyName, string propertyValue) => _observer.Write("Property", $"{propertyName}={propertyValue}");

    public void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>>? additionalCustomProperties = null) => action();

    public Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>>? additionalCustomProperties = null) => action();

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();
        public void Dispose() { }
    }
}
