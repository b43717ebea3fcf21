namespace Portal.Domain.Events;

/// <summary>A question a member answers when signing up (up to <see cref="OwnerEvent.MaxQuestions"/> per event).</summary>
public sealed class EventQuestion
{
    public const int PromptMaxLength = 200;
    public const int ChoicesMaxLength = 500;
    public const int AnswerMaxLength = 200;

    public int Id { get; set; }
    public int EventId { get; set; }
    public int Position { get; set; }
    public EventQuestionKind Kind { get; set; }
    public required string Prompt { get; set; }

    /// <summary>For <see cref="EventQuestionKind.Choice"/>: the options, one a line.</summary>
    public string? Choices { get; set; }

    public bool Required { get; set; }

    public IReadOnlyList<string> ChoiceList() =>
        (Choices ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
