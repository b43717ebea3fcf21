using Microsoft.Extensions.Logging;

namespace Portal.Domain.Jobs;

internal static partial class RecurringJobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Count} done")]
    public static partial void Done(ILogger logger, string job, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} failed; retrying on the next tick")]
    public static partial void Failed(ILogger logger, string job, Exception exception);
}
