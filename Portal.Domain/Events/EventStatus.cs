namespace Portal.Domain.Events;

public enum EventStatus
{
    Draft,
    Published,
    Cancelled,
}
