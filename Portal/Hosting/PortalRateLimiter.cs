using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Domain;

namespace Portal.Hosting;

/// <summary>
/// Every request-rate counter of the node, one fixed window per <see cref="RateLimitKey"/> with its bucket's rule.
/// HTTP requests reach it through the rate-limiting middleware (<see cref="RateLimits"/>); actions inside a circuit
/// (uploads) call <see cref="TryAcquire"/>. Counters live in memory, per node.
/// </summary>
internal sealed class PortalRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitKey> limiter;

    public PortalRateLimiter(IOptions<RateLimitOptions> options, IOptions<PortalOptions> portal)
    {
        var rules = options.Value;
        var accountPosts = portal.Value.AccountPostsPerMinute;
        limiter = PartitionedRateLimiter.Create<RateLimitKey, RateLimitKey>(key => key.Bucket is { } bucket
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            {
                var rule = rules.For(bucket, accountPosts);
                return new FixedWindowRateLimiterOptions { PermitLimit = rule.Permits, Window = rule.Window, QueueLimit = 0 };
            })
            : RateLimitPartition.GetNoLimiter(key));
    }

    /// <summary>Null when <paramref name="partition"/> may go ahead in <paramref name="bucket"/>; otherwise how long until it may.</summary>
    public TimeSpan? TryAcquire(RateLimitBucket bucket, string partition)
    {
        using var lease = limiter.AttemptAcquire(new RateLimitKey(bucket, partition));
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>The limiter of HTTP requests: each of <paramref name="keys"/> picks one counter a request must pass (or <see cref="RateLimitKey.None"/>).</summary>
    public PartitionedRateLimiter<HttpContext> ForRequests(params Func<HttpContext, RateLimitKey>[] keys) =>
        PartitionedRateLimiter.CreateChained([.. keys.Select(key => limiter.WithTranslatedKey(key, leaveOpen: true))]);

    /// <summary>When the refused request's window ends (at least a second).</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => limiter.Dispose();
}
