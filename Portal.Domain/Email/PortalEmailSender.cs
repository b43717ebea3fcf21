using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Domain.Accounts;

namespace Portal.Domain.Email;

/// <summary>Identity's account emails (confirm, reset), localised to the reader's culture, sent through <see cref="IEmailTransport"/>.</summary>
public sealed class PortalEmailSender(IEmailTransport transport, IOptions<EmailOptions> options, IStringLocalizer<EmailTexts> texts) : IEmailSender<PortalUser>
{
    public Task SendConfirmationLinkAsync(PortalUser user, string email, string confirmationLink) =>
        SendAsync(user, email, texts["ConfirmSubject"], texts["ConfirmBody", Link(confirmationLink)]);

    public Task SendPasswordResetLinkAsync(PortalUser user, string email, string resetLink) =>
        SendAsync(user, email, texts["ResetSubject"], texts["ResetBody", Link(resetLink)]);

    public Task SendPasswordResetCodeAsync(PortalUser user, string email, string resetCode) =>
        SendAsync(user, email, texts["ResetSubject"], texts["ResetCodeBody", WebUtility.HtmlEncode(resetCode)]);

    private static string Link(string url) => $"<a href=\"{url}\">{WebUtility.HtmlEncode(WebUtility.HtmlDecode(url))}</a>";

    private Task SendAsync(PortalUser user, string email, string subject, string htmlBody)
    {
        ArgumentNullException.ThrowIfNull(user);
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(user.DisplayName, email));
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = $"<p>{texts["Greeting", WebUtility.HtmlEncode(user.DisplayName)]}</p><p>{htmlBody}</p>" }.ToMessageBody();
        return transport.SendAsync(message, CancellationToken.None);
    }
}
