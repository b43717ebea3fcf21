namespace Portal.Domain.Events;

/// <summary>What a member sends to sign up: how many guests they bring and their answers, keyed by question id.</summary>
public sealed record SignupRequest(int Guests, IReadOnlyDictionary<int, string>? Answers = null);
