namespace Portal.Domain.Activity;

public enum ActivityVisibility
{
    /// <summary>Anyone who may read the target, signed in or not.</summary>
    Everyone,

    /// <summary>Editors and operators (moderation news, hidden threads).</summary>
    Staff,

    /// <summary>Operators only (live counters).</summary>
    Operators,

    /// <summary>One member (their notifications).</summary>
    Member,
}
