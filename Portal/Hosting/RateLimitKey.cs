namespace Portal.Hosting;

/// <summary>One counter: a bucket (whose rule applies) and who is counted in it (a client address, a member id, an email address). No bucket: not limited.</summary>
internal readonly record struct RateLimitKey(RateLimitBucket? Bucket, string Partition)
{
    public static RateLimitKey None { get; } = new(null, "");
}
