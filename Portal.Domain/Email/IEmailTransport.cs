using MimeKit;

namespace Portal.Domain.Email;

/// <summary>Delivers a composed message: to the pickup folder, or over SMTP.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
