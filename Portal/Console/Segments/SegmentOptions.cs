using Portal.Domain.Segments;

namespace Portal.Console.Segments;

/// <summary>What the builder's selects offer from the data (<see cref="SegmentChoices"/>); models come from the catalog.</summary>
public sealed record SegmentOptions(IReadOnlyList<SegmentChoice> Cities, IReadOnlyList<SegmentChoice> Boards, IReadOnlyList<SegmentChoice> Events)
{
    public static SegmentOptions None { get; } = new([], [], []);

    public static async Task<SegmentOptions> LoadAsync(SegmentChoices choices, CancellationToken ct) =>
        new(await choices.CitiesAsync(ct), await choices.BoardsAsync(ct), await choices.EventsAsync(ct));
}
