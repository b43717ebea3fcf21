namespace Portal.Domain.Events;

public enum SignupStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
