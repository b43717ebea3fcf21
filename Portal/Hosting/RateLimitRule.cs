using System.ComponentModel.DataAnnotations;

namespace Portal.Hosting;

/// <summary>One limit: at most <see cref="Permits"/> requests in each <see cref="Window"/> (a fixed window; the 429's Retry-After says when it ends).</summary>
internal sealed class RateLimitRule
{
    public RateLimitRule()
    {
    }

    public RateLimitRule(int permits, TimeSpan window)
    {
        Permits = permits;
        Window = window;
    }

    [Range(1, 1_000_000)]
    public int Permits { get; set; } = 1;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
