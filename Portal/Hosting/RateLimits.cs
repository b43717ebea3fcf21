using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Shell;

namespace Portal.Hosting;

/// <summary>
/// Form posts to the account pages (sign-in, register, reset) are limited per client address, to slow down
/// password guessing and sign-up spam. Refusals are 429 with a reason and Retry-After.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = AccountPostsPerMinute(context), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                // UseRequestLocalization runs before UseRateLimiter, so the text is in the visitor's language.
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ShellText>>();
                await context.HttpContext.Response.WriteAsync(text["Status.TooMany.Account", retryAfter], cancellationToken);
            };
        });
        return services;
    }

    private static int AccountPostsPerMinute(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.AccountPostsPerMinute;
}
