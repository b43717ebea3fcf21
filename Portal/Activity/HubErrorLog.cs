using Microsoft.AspNetCore.SignalR;

namespace Portal.Activity;

/// <summary>
/// The one log of hub method failures. SignalR's dispatcher logs every failed call at Error with a stack trace, so a
/// client looping on a refused <c>Join</c> could write megabytes of log: its category is turned down to Critical
/// (<see cref="ActivityWebExtensions"/>), a refusal (<see cref="HubException"/>, thrown on purpose with a message for
/// the client) is logged by the hub itself, once per connection and short, and anything else, a real bug, is logged
/// here with its stack trace.
/// </summary>
internal sealed partial class HubErrorLog(ILogger<HubErrorLog> logger) : IHubFilter
{
    /// <summary>The dispatcher's log category, whose per-call error lines this filter replaces.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (Exception exception) when (exception is not HubException and not OperationCanceledException)
        {
            LogFailed(logger, exception, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Hub}.{Method} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string hub, string method);
}
