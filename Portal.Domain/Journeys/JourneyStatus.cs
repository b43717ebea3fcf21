namespace Portal.Domain.Journeys;

/// <summary>Where a journey is in its life: drafted, taking and moving members, held, or ended.</summary>
public enum JourneyStatus
{
    /// <summary>Being written: takes no one, its definition may change in place.</summary>
    Draft = 0,

    /// <summary>Takes new entrants and moves enrolled members along.</summary>
    Running = 1,

    /// <summary>Takes no one and moves no one: members stay on their step until it resumes.</summary>
    Paused = 2,

    /// <summary>Ended for good: every member still in it has left.</summary>
    Stopped = 3,
}
