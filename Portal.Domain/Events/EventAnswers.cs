namespace Portal.Domain.Events;

/// <summary>The stored values of yes/no answers (the UI shows them in the viewer's language).</summary>
public static class EventAnswers
{
    public const string Yes = "yes";
    public const string No = "no";
}
