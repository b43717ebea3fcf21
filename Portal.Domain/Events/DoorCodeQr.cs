using QRCoder;

namespace Portal.Domain.Events;

/// <summary>
/// The QR code of a sign-up's check-in link, as PNG: an operator's phone camera opens the check-in page with the code
/// filled in, and a hardware scanner types the link into the check-in search. Shown on the event page and in emails.
/// </summary>
public static class DoorCodeQr
{
    public static byte[] Png(string checkInLink)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(checkInLink, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6);
    }
}
