namespace Portal.Domain.Messaging;

public static class MessageCategories
{
    /// <summary>True for the categories that need marketing consent and count against the frequency cap.</summary>
    public static bool IsMarketing(this MessageCategory category) => category != MessageCategory.ServiceNotice;
}
