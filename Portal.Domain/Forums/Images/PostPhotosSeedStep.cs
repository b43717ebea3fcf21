using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Media;
using Portal.Domain.Seeding;
using SkiaSharp;

namespace Portal.Domain.Forums.Images;

/// <summary>
/// Photos in a few demo threads of the model clubs (the opening post and one reply each), drawn here as the pictures an
/// owner would upload (a sky-to-road gradient with the car's name) and stored through the one image pipeline, so the
/// galleries show in the demo. Its own random source, so the other steps seed exactly what they did before.
/// </summary>
internal sealed class PostPhotosSeedStep([FromKeyedServices(PostPhotos.Kind)] ImageStore store) : IDemoSeedStep
{
    private const int Threads = 5;
    private const int Width = 1200;
    private const int Height = 800;

    private static readonly SKColor[][] Skies =
    [
        [new(0x1e, 0x88, 0xe5), new(0xff, 0xb7, 0x4d)],
        [new(0x3f, 0x51, 0xb5), new(0xf0, 0x62, 0x92)],
        [new(0x00, 0x89, 0x7b), new(0xcd, 0xdc, 0x39)],
        [new(0x26, 0x32, 0x38), new(0x4f, 0xc3, 0xf7)],
    ];

    public int Order => 150;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var random = new Random(DemoSeedContext.RandomSeed + 14);
        var db = context.Db;
        var threads = await db.Threads.AsNoTracking()
            .Where(t => t.Board!.Kind == BoardKind.ModelClub && t.PostCount > 2)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, Board = t.Board!.Name })
            .Take(Threads)
            .ToListAsync(cancellationToken);
        foreach (var thread in threads)
        {
            var model = thread.Board.Replace(" Club", "", StringComparison.Ordinal);
            var posts = await db.Posts.Where(p => p.ThreadId == thread.Id && (p.Number == 1 || p.Number == 3)).OrderBy(p => p.Number).ToListAsync(cancellationToken);
            foreach (var post in posts)
            {
                var count = post.Number == 1 ? 1 + random.Next(0, 3) : 1;
                for (var i = 0; i < count; i++)
                {
                    using var picture = new MemoryStream(Draw(model, random));
                    var stored = await store.SaveAsync(post.AuthorId, picture, cancellationToken);
                    var (width, height) = store.SizeOf(stored.Value!) ?? (Width, Height);
                    var alt = $"{model} {post.Number}-{i + 1}";
                    db.PostImages.Add(new PostImage
                    {
                        UploaderId = post.AuthorId,
                        FileName = stored.Value!,
                        Width = width,
                        Height = height,
                        UploadedAt = post.CreatedAt,
                        PostId = post.Id,
                        Position = i,
                        Alt = alt,
                    });
                    post.Body += $"\n![{alt}]({PostPhotos.Profile.Url(stored.Value!)})";
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A sky gradient over a road, the sun and the model's name: enough to tell the photos apart.</summary>
    private static byte[] Draw(string model, Random random)
    {
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height), Skies[random.Next(Skies.Length)], SKShaderTileMode.Clamp);
            using var fill = new SKPaint { Shader = sky };
            canvas.DrawRect(0, 0, Width, Height, fill);
            using var sun = new SKPaint { Color = SKColors.White.WithAlpha(150), IsAntialias = true };
            canvas.DrawCircle(random.Next(150, Width - 150), random.Next(120, 320), random.Next(50, 110), sun);
            using var ground = new SKPaint { Color = new SKColor(0x37, 0x47, 0x4f), IsAntialias = true };
            using var road = new SKPath();
            road.MoveTo(0, Height * 0.72f);
            road.CubicTo(Width * 0.35f, Height * (0.6f + ((float)random.NextDouble() * 0.1f)), Width * 0.65f, Height * 0.8f, Width, Height * 0.7f);
            road.LineTo(Width, Height);
            road.LineTo(0, Height);
            road.Close();
            canvas.DrawPath(road, ground);
            using var font = new SKFont(SKTypeface.Default, 72);
            using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawText(model, Width / 2f, Height - 60, SKTextAlign.Center, font, text);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 88);
        return jpeg.ToArray();
    }
}
