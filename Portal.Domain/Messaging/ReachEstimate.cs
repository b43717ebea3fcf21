namespace Portal.Domain.Messaging;

/// <summary>
/// How many of a set of members a message would reach, step by step: <see cref="Members"/> asked for, then
/// <see cref="AfterOptOuts"/> (marketing without consent left out), then <see cref="AfterCap"/> (the weekly cap), of whom
/// <see cref="WaitingForQuietHours"/> would get it only in their morning, and <see cref="ByEmail"/> would also get the email.
/// </summary>
public sealed record ReachEstimate(int Members, int AfterOptOuts, int AfterCap, int WaitingForQuietHours, int ByEmail);
