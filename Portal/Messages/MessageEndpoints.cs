using Microsoft.AspNetCore.Mvc;
using Portal.Accounts;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;

namespace Portal.Messages;

internal static class MessageEndpoints
{
    /// <summary>The hidden field the unsubscribe page's button sends, so its POST is answered with the page rather than plain text.</summary>
    public const string FromPageField = "fromPage";

    /// <summary>The click-tracking redirect (members, their own messages) and the one-click unsubscribe (anyone holding the token).</summary>
    public static IEndpointRouteBuilder MapMessageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MessagingUrls.ClickTemplate, async (long id, [FromQuery] string? to, HttpContext http, MemberMessages messages, CancellationToken cancellationToken) =>
            await messages.ClickAsync(http.User.UserId(), id, to, cancellationToken) is { } target
                ? Results.Redirect(target)
                : Results.NotFound())
            .RequireAuthorization(Policies.Member);

        // RFC 8058: a POST with List-Unsubscribe=One-Click, from a mail provider without cookies or an antiforgery token.
        // A marketing token withdraws consent; a notification email's token turns that kind's email off.
        endpoints.MapPost(MessagingUrls.OneClickUnsubscribeTemplate, async (
            string token, HttpRequest request, UnsubscribeTokens tokens, MarketingConsent consent, MailPreferences preferences, CancellationToken cancellationToken) =>
        {
            var done = tokens.Read(token) is { Kind: not null }
                ? await preferences.UnsubscribeAsync(token, cancellationToken) is not null
                : await consent.UnsubscribeAsync(token, cancellationToken);
            var fromPage = request.HasFormContentType && (await request.ReadFormAsync(cancellationToken)).ContainsKey(FromPageField);
            if (fromPage)
            {
                return Results.Redirect(UrlQuery.Append(MessagingUrls.Unsubscribe(token), ("done", done ? "true" : null)));
            }

            return done ? Results.Text("Unsubscribed.") : Results.BadRequest();
        })
            .AllowAnonymous()
            .DisableAntiforgery();

        // A mail app that only knows GET opens the address in a browser: show the page, which asks first.
        endpoints.MapGet(MessagingUrls.OneClickUnsubscribeTemplate, (string token) => Results.Redirect(MessagingUrls.Unsubscribe(token)))
            .AllowAnonymous();
        return endpoints;
    }
}
