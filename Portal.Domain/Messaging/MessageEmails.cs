using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Domain.Content;
using Portal.Domain.Email;

namespace Portal.Domain.Messaging;

/// <summary>
/// A delivered message as email, in the member's language: the body through the one <see cref="MarkdownRenderer"/>
/// (site-relative links made absolute), a link to the message in the community, and a footer saying why it came. A
/// marketing message carries an unsubscribe link and the RFC 8058 headers (<c>List-Unsubscribe</c> with the token's
/// one-click address, <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c>).
/// </summary>
public sealed class MessageEmails(
    MarkdownRenderer markdown, MessageLinks links, UnsubscribeTokens tokens, IOptions<EmailOptions> options, IStringLocalizer<MessagingTexts> texts)
{
    public MimeMessage Compose(MessageDelivery delivery, MessageContent content, MessageRecipient member)
    {
        var culture = MessageLanguage.Culture(member.PreferredCulture);
        var chinese = MessageLanguage.IsChinese(member.PreferredCulture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Build(delivery, content, member, chinese);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private MimeMessage Build(MessageDelivery delivery, MessageContent content, MessageRecipient member, bool chinese)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(member.DisplayName, member.Email ?? throw new InvalidOperationException("The member has no email address.")));
        message.Subject = content.Title(chinese);

        var body = links.AbsoluteLinks(markdown.Render(content.Body(chinese)).Html);
        var html = new System.Text.StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(texts["Greeting", member.DisplayName])}</p>")
            .Append(body)
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{WebUtility.HtmlEncode(links.Absolute(MessagingUrls.Message(delivery.Id)))}\">{WebUtility.HtmlEncode(texts["OpenInCommunity"])}</a></p>");
        var footer = delivery.Category.IsMarketing()
            ? texts["Footer.Marketing", texts[$"Category.{delivery.Category}"]].Value
            : texts["Footer.ServiceNotice"].Value;
        html.Append(CultureInfo.InvariantCulture, $"<hr><p style=\"font-size:12px;color:#555\">{WebUtility.HtmlEncode(footer)}");
        if (delivery.Category.IsMarketing())
        {
            var token = tokens.Create(member.Id);
            var page = links.Absolute(MessagingUrls.Unsubscribe(token));
            html.Append(CultureInfo.InvariantCulture, $" <a href=\"{WebUtility.HtmlEncode(page)}\">{WebUtility.HtmlEncode(texts["Unsubscribe"])}</a>");
            message.Headers.Add("List-Unsubscribe", $"<{links.Absolute(MessagingUrls.OneClickUnsubscribe(token))}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        html.Append("</p>");
        message.Body = new BodyBuilder { HtmlBody = html.ToString() }.ToMessageBody();
        return message;
    }
}
