using Portal.Domain.Media;

namespace Portal.Domain.Events;

/// <summary>Event covers: up to 5 MB, cropped to 16:9 and scaled down to at most 1280 × 720 WebP, served at <c>/media/events/</c>.</summary>
public static class EventCoverImages
{
    public const string Kind = "events";

    public static ImageProfile Profile { get; } = new()
    {
        Kind = Kind,
        MaxBytes = 5 * 1024 * 1024,
        AspectWidth = 16,
        AspectHeight = 9,
        Width = 1280,
        Upscale = false,
        Quality = 82,
        FilePrefix = "event-",
        Field = "Cover",
        TooLargeProblem = EventProblems.CoverTooLarge,
        NotImageProblem = EventProblems.CoverNotImage,
        TooManyPixelsProblem = EventProblems.CoverNotImage,
    };
}
