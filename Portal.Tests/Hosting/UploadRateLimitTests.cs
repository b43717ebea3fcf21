using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>Uploads happen inside the circuit, so their limit is asked there: per member, with the reason in the field.</summary>
public sealed class UploadRateLimitTests : PortalComponentTest
{
    private TestDatabase db = default!;

    protected override async Task InitializeTestAsync()
    {
        db = await TestDatabase.CreateAsync();
        var memberId = await db.CreateMemberAsync("Chen Xiao");
        Services.AddSingleton(db.Get<ProfileService>());
        Services.Configure<RateLimitOptions>(o => o.UploadsPerMember = new RateLimitRule(1, TimeSpan.FromMinutes(10)));
        await SignInMemberAsync(memberId, "chen");
    }

    protected override async Task DisposeTestAsync() => await db.DisposeAsync();

    [Fact]
    public void The_upload_after_the_members_budget_is_refused_with_the_wait()
    {
        var changed = 0;
        var cut = Render<AvatarEditor>(p => p.Add(e => e.DisplayName, "Chen Xiao").Add(e => e.Changed, () => changed++));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(64, 64), "me.png", contentType: "image/png"));
        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(64, 64), "again.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Equal("Too many uploads in a short time. Please wait 10 minutes and try again.", cut.Find("[data-testid=avatar-error]").TextContent.Trim()));
        Assert.Equal(1, changed);
    }

    [Fact]
    public void Another_member_keeps_their_own_budget()
    {
        var limiter = Services.GetRequiredService<PortalRateLimiter>();

        Assert.Null(limiter.TryAcquire(RateLimitBucket.Upload, "member-a"));
        Assert.NotNull(limiter.TryAcquire(RateLimitBucket.Upload, "member-a"));
        Assert.Null(limiter.TryAcquire(RateLimitBucket.Upload, "member-b"));
    }
}
