namespace Portal.Domain.Events;

/// <summary>
/// What a member sends to sign up: how many guests they bring, their answers keyed by question id, and whether other
/// members may see their name among those coming (<see cref="EventSignup.HideName"/>).
/// </summary>
public sealed record SignupRequest(int Guests, IReadOnlyDictionary<int, string>? Answers = null, bool HideName = false);
