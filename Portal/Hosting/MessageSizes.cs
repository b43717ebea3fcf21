using Portal.Domain.Articles;
using Portal.Domain.Forums;

namespace Portal.Hosting;

/// <summary>
/// The largest SignalR message the server accepts, per hub, worked out from the largest thing anyone may send through
/// it, so every limit a member can reach (a 20,000-character reply in Chinese) is reachable, and nothing much larger is
/// accepted. The default (32 KB) dropped the circuit on a reply of 6,000 Chinese characters.
/// </summary>
internal static class MessageSizes
{
    /// <summary>UTF-8 bytes of the widest character people type: Chinese takes 3 (an emoji takes 4 for its 2 UTF-16 units).</summary>
    public const int BytesPerCharacter = 3;

    /// <summary>Room for JSON escaping (quotes, backslashes and line breaks take 2 bytes each) and the event's envelope.</summary>
    public const int Margin = 2;

    /// <summary>
    /// The Blazor circuit: a text field sends its whole value in one message. The largest value is an article body in the
    /// Studio (<see cref="Article.BodyMaxLength"/> characters, editors); a member's largest is a post
    /// (<see cref="Post.BodyMaxLength"/>) or an event description, well inside. 100,000 × 3 × 2 = 600,000 bytes.
    /// </summary>
    public const long Circuit = (long)Article.BodyMaxLength * BytesPerCharacter * Margin;

    /// <summary>The activity hub: clients only join and leave groups, whose names are at most 80 ASCII characters.</summary>
    public const long ActivityHub = 4 * 1024;
}
