namespace Portal.Domain.Journeys;

/// <summary>What brings a member into a journey.</summary>
public enum JourneyTriggerKind
{
    /// <summary>Joined the community (<c>Users.JoinedAt</c>).</summary>
    Joined = 0,

    /// <summary>Added a car (<c>Vehicles.AddedAt</c>).</summary>
    CarAdded = 1,

    /// <summary>An operator verified one of their cars (<c>Vehicles.VerifiedAt</c>).</summary>
    CarVerified = 2,

    /// <summary>Entered a lifecycle stage, such as At risk (<c>EngagementProfiles.Stage</c>).</summary>
    EnteredStage = 3,

    /// <summary>Was checked in at an event (<c>EventSignups.CheckedInAt</c>).</summary>
    AttendedEvent = 4,

    /// <summary>Did nothing for <see cref="JourneyTrigger.Days"/> days (<c>EngagementProfiles.LastActiveAt</c>).</summary>
    Inactive = 5,

    /// <summary>Entered a saved segment (evaluated by <c>SegmentEvaluator</c> each poll and diffed against the last).</summary>
    EnteredSegment = 6,
}
