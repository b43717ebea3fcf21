namespace Portal.Domain.Events;

/// <summary>A sign-up's answer to one of the event's questions.</summary>
public sealed class EventAnswer
{
    public long SignupId { get; set; }
    public int QuestionId { get; set; }
    public required string Value { get; set; }
}
