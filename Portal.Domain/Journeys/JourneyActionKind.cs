namespace Portal.Domain.Journeys;

public enum JourneyActionKind
{
    /// <summary>A notification in the member's bell.</summary>
    InApp = 0,

    /// <summary>An email through the existing sender.</summary>
    Email = 1,

    /// <summary>An in-app invitation to the next upcoming published event.</summary>
    EventInvitation = 2,

    AddTag = 3,

    RemoveTag = 4,
}
