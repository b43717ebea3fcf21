namespace Portal.Domain.Events;

/// <summary>
/// Who is coming to an event (or, once it is over, who came: checked in), as members see it: the first
/// <see cref="Shown"/> sign-ups in the order they were confirmed, <see cref="More"/> sign-ups after them, and
/// <see cref="People"/>, members and guests together.
/// </summary>
public sealed record EventGoers(IReadOnlyList<EventGoer> Shown, int More, int People)
{
    public static EventGoers None { get; } = new([], 0, 0);

    public int Signups => Shown.Count + More;
}
