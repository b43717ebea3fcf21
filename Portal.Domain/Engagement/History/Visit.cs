namespace Portal.Domain.Engagement.History;

/// <summary>One visit being generated: its actor and device, and a clock that moves on a little with every action.</summary>
internal sealed class Visit(List<EngagementEvent> into, string? memberId, string? visitorId, DeviceClass device, DateTimeOffset at, Random random)
{
    public DateTimeOffset At { get; private set; } = at;

    public void Page(string template) => Add(EngagementKinds.PageViewed, "page", template);

    public void Add(string kind, string targetType, string targetId)
    {
        into.Add(new EngagementEvent
        {
            At = At,
            Kind = kind,
            MemberId = memberId,
            VisitorId = visitorId,
            TargetType = targetType,
            TargetId = targetId,
            Device = device,
        });
        At = At.AddSeconds(random.Next(5, 90));
    }
}
