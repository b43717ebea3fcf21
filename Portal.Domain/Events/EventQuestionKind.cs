namespace Portal.Domain.Events;

public enum EventQuestionKind
{
    ShortText,
    Choice,
    YesNo,
}
