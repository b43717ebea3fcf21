namespace Portal.Domain.Events;

public sealed record EventQuestionView(int Id, EventQuestionKind Kind, string Prompt, IReadOnlyList<string> Choices, bool Required);
