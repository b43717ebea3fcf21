namespace Portal.Domain.Events;

public sealed class EventQuestionDraft
{
    public EventQuestionKind Kind { get; set; }
    public string Prompt { get; set; } = "";

    /// <summary>For a choice question: the options, one a line.</summary>
    public string? Choices { get; set; }

    public bool Required { get; set; }
}
