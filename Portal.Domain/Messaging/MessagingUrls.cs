using System.Globalization;

namespace Portal.Domain.Messaging;

/// <summary>Site-relative addresses of a member's messages and the unsubscribe page.</summary>
public static class MessagingUrls
{
    public const string MessageTemplate = "/messages/{id:long}";
    public const string ClickTemplate = "/messages/{id:long}/go";
    public const string UnsubscribeTemplate = "/unsubscribe/{token}";
    public const string OneClickUnsubscribeTemplate = "/unsubscribe/{token}/one-click";

    /// <summary>The in-app page of one delivered message (opening it marks it opened).</summary>
    public static string Message(long deliveryId) => $"/messages/{deliveryId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The click-tracking redirect of a message to <paramref name="target"/> (the site itself or an allowed host).</summary>
    public static string Click(long deliveryId, string target) => UrlQuery.Append($"{Message(deliveryId)}/go", ("to", target));

    /// <summary>The unsubscribe page for the member the token names: it asks first (a mail scanner's GET changes nothing).</summary>
    public static string Unsubscribe(string token) => $"/unsubscribe/{Uri.EscapeDataString(token)}";

    /// <summary>The <c>List-Unsubscribe</c> address: a POST (RFC 8058 one-click, or the page's button) turns marketing off; a GET shows the page.</summary>
    public static string OneClickUnsubscribe(string token) => $"{Unsubscribe(token)}/one-click";
}
