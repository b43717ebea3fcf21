namespace Portal.Domain.Segments;

/// <summary>Viewed threads of the board at least N times in the window (the board the thread was in when viewed).</summary>
public sealed record ViewedBoardCondition(int BoardId, int Days, int AtLeast = 1) : BehaviourCondition(Days, AtLeast);
