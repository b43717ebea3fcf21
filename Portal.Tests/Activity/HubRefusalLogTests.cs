using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Activity;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

/// <summary>A client looping on refused joins (issue 16: 3 MB of log in 100 calls) costs one short log line and gets a clean refusal.</summary>
public sealed class HubRefusalLogTests
{
    [Fact]
    public async Task A_hundred_refused_joins_log_one_short_line_and_a_valid_join_still_works()
    {
        using var logs = new CapturingLoggerProvider();
        await using var app = new PortalAppFactory();
        await using var server = app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(l => l.AddProvider(logs))));
        var baseAddress = server.StartOnLoopback();
        string[] hostile = ["operators", "user:someone-else", "thread:abc", "thread:99999999999999999999", "x\r\nFAKE LOG LINE", new string('g', 1000), "event:-1", "中文:1", ""];
        await using var client = await HubClient.ConnectAsync(baseAddress);
        var before = logs.Lines.Count;

        for (var i = 0; i < 100; i++)
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => client.JoinAsync(hostile[i % hostile.Length]));
            Assert.DoesNotContain("gggg", refusal.Message, StringComparison.Ordinal);
        }

        var added = logs.Lines.Skip(before).Where(l => l.Category.StartsWith("Portal", StringComparison.Ordinal) || l.Category.Contains("SignalR", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(added);
        Assert.Null(line.Exception);
        Assert.True(line.Message.Length < 200, $"The refusal's log line is {line.Message.Length} characters: {line.Message}");
        Assert.DoesNotContain('\n', line.Message);

        await client.JoinAsync(ActivityGroups.Community);
        await using var another = await HubClient.ConnectAsync(baseAddress);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var threadId = await db.Threads.Where(t => !t.IsHidden).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        await another.JoinAsync(ActivityGroups.Thread(threadId.Invariant()));
    }

    private sealed record LogLine(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<LogLine> Queue { get; } = new();

        public IReadOnlyList<LogLine> Lines => [.. Queue];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Queue);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogLine> queue) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                queue.Enqueue(new LogLine(category, logLevel, formatter(state, exception), exception));
        }
    }
}
