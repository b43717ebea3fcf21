namespace Portal.Hosting;

/// <summary>Marker for the rate limits' refusal texts (RateLimitText.resx, RateLimitText.zh-CN.resx).</summary>
public sealed class RateLimitText;
