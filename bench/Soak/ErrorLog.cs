using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Soak;

/// <summary>Counts every log entry at Error or above from the server, and keeps the first few (one line each) for the report.</summary>
internal sealed class ErrorLog : ILoggerProvider
{
    private const int Kept = 20;
    private readonly ConcurrentQueue<string> first = new();
    private long count;

    public long Count => Interlocked.Read(ref count);

    public IReadOnlyCollection<string> First => first;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        if (Interlocked.Increment(ref count) <= Kept)
        {
            first.Enqueue(line);
        }
    }

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var message = formatter(state, exception);
                log.Add($"{DateTimeOffset.UtcNow:HH:mm:ss} {logLevel} {category}: {message[..Math.Min(message.Length, 300)]}{(exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")}");
            }
        }
    }
}
