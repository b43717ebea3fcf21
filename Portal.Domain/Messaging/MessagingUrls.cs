using System.Globalization;

namespace Portal.Domain.Messaging;

/// <summary>Site-relative addresses of a member's messages and the unsubscribe page.</summary>
public static class MessagingUrls
{
    public const string MessageTemplate = "/messages/{id:long}";
    public const string ClickTemplate = "/messages/{id:long}/go";
    public const string UnsubscribeTemplate = "/unsubscribe/{token}";

    /// <summary>The in-app page of one delivered message (opening it marks it opened).</summary>
    public static string Message(long deliveryId) => $"/messages/{deliveryId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The click-tracking redirect of a message to <paramref name="target"/> (the site itself or an allowed host).</summary>
    public static string Click(long deliveryId, string target) => UrlQuery.Append($"{Message(deliveryId)}/go", ("to", target));

    /// <summary>The one-click unsubscribe page for the member the token names (GET confirms, POST turns marketing off).</summary>
    public static string Unsubscribe(string token) => $"/unsubscribe/{Uri.EscapeDataString(token)}";
}
