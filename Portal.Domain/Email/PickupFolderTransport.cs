using MimeKit;
using Portal.Domain.Data;

namespace Portal.Domain.Email;

/// <summary>Writes each message as an .eml file into the data folder's <c>mail/</c> pickup folder (the default, for development and demos).</summary>
public sealed class PickupFolderTransport(DataPaths paths, TimeProvider clock) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(paths.MailPickup);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(paths.MailPickup, name), cancellationToken);
    }
}
