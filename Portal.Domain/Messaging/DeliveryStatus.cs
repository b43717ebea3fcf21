namespace Portal.Domain.Messaging;

public enum DeliveryStatus
{
    Pending,
    Delivered,
    Suppressed,
}
