namespace Portal.Domain.Forums;

public enum BoardKind
{
    /// <summary>One per catalog model, for the people who drive it.</summary>
    ModelClub,

    /// <summary>A subject every owner shares (charging, maintenance, road trips…).</summary>
    Topic,
}
