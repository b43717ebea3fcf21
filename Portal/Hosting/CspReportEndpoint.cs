using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Hosting;

/// <summary>
/// Receives the browsers' Content-Security-Policy violation reports (both the old <c>application/csp-report</c> body
/// and the Reporting API's <c>application/reports+json</c> list) and logs one short line per violation: the directive,
/// the blocked source's origin (or keyword such as <c>inline</c>) and the page's path, never a query string, a user or an
/// address. Rate limited per client address (<see cref="RateLimits"/>); bodies over 16 KB are refused unread.
/// </summary>
internal static partial class CspReportEndpoint
{
    private const int MaxBodyBytes = 16 * 1024;
    private const int MaxReportsPerBody = 10;
    private const int MaxFieldLength = 100;

    public static void MapCspReports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(SecurityHeaders.ReportPath, async (HttpRequest request, ILoggerFactory loggers, CancellationToken cancellationToken) =>
            {
                var bytes = await ReadAtMostAsync(request, cancellationToken);
                if (bytes is null)
                {
                    return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                }

                var logger = loggers.CreateLogger("Portal.Csp");
                try
                {
                    using var body = JsonDocument.Parse(bytes);
                    foreach (var report in Reports(body.RootElement).Take(MaxReportsPerBody))
                    {
                        LogViolation(logger, Field(report, "effectiveDirective", "effective-directive", "violated-directive"), Source(Field(report, "blockedURL", "blocked-uri")), PathOf(Field(report, "documentURL", "document-uri")));
                    }
                }
                catch (JsonException)
                {
                    return Results.BadRequest();
                }

                return Results.NoContent();
            })
            .AllowAnonymous()
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .RateLimitedAs(RateLimitKind.CspReport);

    /// <summary>The body, or null when it is longer than <see cref="MaxBodyBytes"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxBodyBytes ? null : buffer[..length];
    }

    /// <summary>The violation bodies in either format: <c>{"csp-report": {…}}</c> or <c>[{"type": "csp-violation", "body": {…}}, …]</c>.</summary>
    private static IEnumerable<JsonElement> Reports(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("csp-report", out var single) && single.ValueKind == JsonValueKind.Object)
        {
            yield return single;
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object)
                {
                    yield return body;
                }
            }
        }
    }

    private static string Field(JsonElement report, params string[] names)
    {
        foreach (var name in names)
        {
            if (report.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text.Length > MaxFieldLength ? text[..MaxFieldLength] : text;
            }
        }

        return "?";
    }

    /// <summary>A blocked URL is cut to its origin (a path or query could carry personal data); keywords such as <c>inline</c> or <c>eval</c> stay.</summary>
    private static string Source(string blocked) =>
        Uri.TryCreate(blocked, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.GetLeftPart(UriPartial.Authority) : blocked;

    private static string PathOf(string document) =>
        Uri.TryCreate(document, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "?";

    [LoggerMessage(Level = LogLevel.Warning, Message = "CSP violation: {Directive} blocked {Source} on {Path}")]
    private static partial void LogViolation(ILogger logger, string directive, string source, string path);
}
