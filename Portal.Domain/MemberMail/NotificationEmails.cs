using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Email;
using Portal.Domain.Events;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Domain.MemberMail;

/// <summary>
/// A queued notification email composed in the member's language: the subject, the quoted Markdown through the one
/// <see cref="MarkdownRenderer"/> (site links made absolute), for an event its time and place, the door code with its QR
/// code inline and the <c>.ics</c> attached, a link to it in the community, and a footer with the preferences link and the
/// one-click unsubscribe for its kind (<c>List-Unsubscribe</c> + <c>List-Unsubscribe-Post</c>, RFC 8058).
/// </summary>
public sealed class NotificationEmails(
    MarkdownRenderer markdown, MessageLinks links, UnsubscribeTokens tokens, IOptions<EmailOptions> options, IStringLocalizer<MemberMailTexts> texts, TimeProvider clock)
{
    public const string PreferencesAnchor = "email-preferences";

    public MimeMessage Compose(MemberEmail email, NotificationEmailContext context)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(context);
        var culture = MessageLanguage.Culture(context.Member.PreferredCulture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Build(email, context, culture);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private MimeMessage Build(MemberEmail email, NotificationEmailContext context, CultureInfo culture)
    {
        var settings = options.Value;
        var member = context.Member;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(member.DisplayName, member.Email ?? throw new InvalidOperationException("The member has no email address.")));
        message.Subject = Subject(email, context);

        var body = new BodyBuilder();
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(texts["Greeting", member.DisplayName])}</p>")
            .Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:20px\">{Encode(message.Subject)}</h1>");
        if (!string.IsNullOrWhiteSpace(email.Excerpt))
        {
            var quoted = links.AbsoluteLinks(markdown.Render(email.Excerpt).Html);
            html.Append(email.Kind == NotificationKind.Digest
                ? quoted
                : $"<blockquote style=\"margin:0 0 16px;padding:0 12px;border-left:3px solid #ccc\">{quoted}</blockquote>");
        }

        if (context.Event is { } ev)
        {
            AppendEvent(html, body, email.Kind, ev, context.DoorCode, culture);
        }

        if (email.Url.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(links.Absolute(email.Url))}\">{Encode(texts["Open"])}</a></p>");
        }

        var token = tokens.Create(member.Id, email.Kind);
        var preferences = links.Absolute($"{MemberUrls.EditProfile}#{PreferencesAnchor}");
        html.Append(CultureInfo.InvariantCulture, $"<hr><p style=\"font-size:12px;color:#555\">{Encode(texts["Footer.Kind", texts[$"Kind.{email.Kind}"]])} ")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"{Encode(preferences)}\">{Encode(texts["Footer.Preferences"])}</a> · ")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"{Encode(links.Absolute(MessagingUrls.Unsubscribe(token)))}\">{Encode(texts["Footer.Unsubscribe"])}</a></p>");
        message.Headers.Add("List-Unsubscribe", $"<{links.Absolute(MessagingUrls.OneClickUnsubscribe(token))}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        body.HtmlBody = html.ToString();
        message.Body = body.ToMessageBody();
        return message;
    }

    private string Subject(MemberEmail email, NotificationEmailContext context) => email.Kind switch
    {
        NotificationKind.Digest => email.Subject,
        _ => texts[$"Subject.{email.Kind}", context.ActorName ?? texts["Actor.Unknown"], context.Event?.Title ?? email.Subject].Value,
    };

    /// <summary>Time and place; for a seat the door code, its QR code inline and the .ics; for a cancellation the .ics that cancels it.</summary>
    private void AppendEvent(StringBuilder html, BodyBuilder body, NotificationKind kind, OwnerEvent ev, string? doorCode, CultureInfo culture)
    {
        var starts = TimeZoneInfo.ConvertTime(ev.StartsAt, TimeZones.Find(ev.TimeZoneId));
        var when = $"{starts.ToString("D", culture)} {starts.ToString("t", culture)}";
        var where = string.Join(", ", new[] { ev.Venue, ev.Address, ev.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(texts["Event.When", when])}<br>{Encode(texts["Event.Where", where.Length > 0 ? where : ev.OnlineUrl ?? ""])}</p>");
        if (kind == NotificationKind.EventCancelled)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(texts["Event.Cancelled"])}</p>");
        }
        else if (doorCode is not null && kind is NotificationKind.EventSignedUp or NotificationKind.EventPromoted or NotificationKind.EventReminder)
        {
            var qr = body.LinkedResources.Add("door-code.png", DoorCodeQr.Png(links.Absolute(EventUrls.CheckInCode(ev.Id, doorCode))), new ContentType("image", "png"));
            qr.ContentId = MimeUtils.GenerateMessageId();
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:18px\"><strong>{Encode(texts["Event.Code", doorCode])}</strong><br>{Encode(texts["Event.CodeHelp"])}</p>")
                .Append(CultureInfo.InvariantCulture, $"<p><img src=\"cid:{qr.ContentId}\" alt=\"{Encode(texts["Event.QrAlt"])}\" width=\"160\" height=\"160\"></p>");
        }
        else
        {
            return;
        }

        var ics = new IcsWriter(ev.Title, markdown);
        ics.AddEvent(ev, links.BaseUrl, clock.GetUtcNow());
        var attachment = body.Attachments.Add("event.ics", Encoding.UTF8.GetBytes(ics.ToString()), new ContentType("text", "calendar") { Charset = "utf-8" });
        attachment.ContentType.Parameters.Add("method", "PUBLISH");
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(texts["Event.Calendar"])}</p>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
