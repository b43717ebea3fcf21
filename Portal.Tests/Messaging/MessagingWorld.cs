using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Messaging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Messaging;

/// <summary>A test database with members set up for messaging (consent, time zone, confirmed email, language) and message builders.</summary>
internal sealed class MessagingWorld : IAsyncDisposable
{
    private int keys;

    private MessagingWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public MessageDispatcher Dispatcher => Database.Get<MessageDispatcher>();

    public MessageDeliverer Deliverer => Database.Get<MessageDeliverer>();

    public static async Task<MessagingWorld> CreateAsync(Action<IServiceCollection>? configure = null) => new(await TestDatabase.CreateAsync(configure));

    /// <summary>A member; by default consented, in Shanghai, with a confirmed email, reading English.</summary>
    public async Task<string> MemberAsync(bool consent = true, string timeZone = "Asia/Shanghai", bool confirmed = true, string? culture = null)
    {
        var id = await Database.CreateMemberAsync($"Member {Interlocked.Increment(ref keys)}");
        await using var db = Database.CreateDbContext();
        DateTimeOffset? consentAt = consent ? Database.Clock.GetUtcNow() : null;
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.MarketingConsentAt, consentAt)
            .SetProperty(u => u.TimeZoneId, timeZone)
            .SetProperty(u => u.EmailConfirmed, confirmed)
            .SetProperty(u => u.PreferredCulture, culture));
        return id;
    }

    public OutgoingMessage Message(string memberId, MessageCategory category = MessageCategory.Community, MessageChannels channels = MessageChannels.InApp, string? key = null) => new()
    {
        MemberId = memberId,
        Category = category,
        Channels = channels,
        SourceType = MessageSources.Announcement,
        SourceId = "1",
        IdempotencyKey = key ?? $"test:{Interlocked.Increment(ref keys)}",
        TitleEnglish = "Winter tyres clinic",
        TitleChinese = "冬季轮胎讲座",
        BodyEnglish = "Come to the **clinic** on Saturday. [See the event](/events/1/clinic)",
        BodyChinese = "周六来参加**讲座**。[查看活动](/events/1/clinic)",
        Link = "/events/1/clinic",
    };

    public async Task<DispatchOutcome> SendOneAsync(OutgoingMessage message) => (await Dispatcher.EnqueueAsync([message])).Single();

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
