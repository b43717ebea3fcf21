using SkiaSharp;

namespace Portal.Tests.Infrastructure;

/// <summary>Real pictures for upload tests: a PNG of one colour, encoded by SkiaSharp, so the stores decode real content.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
