using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Garage;
using Portal.Domain.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Garage;

/// <summary>
/// The operators' verification queue against a real database: who waits, filters, flags, and what verifying and
/// rejecting write (the car's state, the audit entry, the owner's notification and email).
/// </summary>
public sealed class VerificationQueueTests : IAsyncLifetime
{
    private const int Nova = 1;
    private const int Vela = 2;

    private TestDatabase db = default!;
    private string owner = default!;
    private string op = default!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(services => services.Configure<GarageOptions>(o => o.BrandWmis.Add("LAU")));
        owner = await db.CreateMemberAsync("王伟");
        op = await db.CreateMemberAsync("Operator One", Roles.Operator);
        await SetOwnerAsync(owner, "上海", "zh-CN");
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private GarageService Garage => db.Get<GarageService>();

    private VehicleVerification Verification => db.Get<VehicleVerification>();

    private VerificationQueueReader Queue => db.Get<VerificationQueueReader>();

    /// <summary>A valid VIN with the brand's maker code and the year code of <paramref name="year"/>; <paramref name="serial"/> keeps it unique.</summary>
    private static string BrandVin(int year, int serial, string wmi = "LAU") =>
        Vin.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"{wmi}B1EK00{Vin.YearCodeFor(year)}S{serial:000000}"));

    [Fact]
    public async Task The_queue_holds_cars_with_a_vin_neither_verified_nor_rejected_oldest_first()
    {
        var first = await db.InsertVehicleAsync(owner, BrandVin(2024, 1));
        db.Clock.Advance(TimeSpan.FromHours(1));
        var second = await db.InsertVehicleAsync(owner, BrandVin(2024, 2));
        await db.InsertVehicleAsync(owner, vin: null);
        await db.InsertVehicleAsync(owner, BrandVin(2024, 3), verified: true);
        var rejected = await db.InsertVehicleAsync(owner, BrandVin(2024, 4));
        Assert.True((await Verification.RejectAsync(op, rejected, RejectionReason.VinNotFound, null)).Succeeded);

        var page = await Queue.PageAsync(new VerificationQuery());

        Assert.Equal([first, second], page.Rows.Select(r => r.Id));
        Assert.Equal((1, 1, 2), (page.Page, page.PageCount, page.Total));
        Assert.Equal(("王伟", "上海"), (page.Rows[0].OwnerName, page.Rows[0].City));
    }

    [Fact]
    public async Task The_queue_filters_by_model_and_by_the_owners_city()
    {
        var other = await db.CreateMemberAsync("Li Na");
        await SetOwnerAsync(other, "北京", null);
        var novaShanghai = await db.InsertVehicleAsync(owner, BrandVin(2024, 1), modelId: Nova);
        var velaShanghai = await db.InsertVehicleAsync(owner, BrandVin(2024, 2), modelId: Vela);
        var velaBeijing = await db.InsertVehicleAsync(other, BrandVin(2024, 3), modelId: Vela);

        Assert.Equal([velaShanghai, velaBeijing], (await Queue.PageAsync(new VerificationQuery(ModelId: Vela))).Rows.Select(r => r.Id));
        Assert.Equal([novaShanghai, velaShanghai], (await Queue.PageAsync(new VerificationQuery(City: "上海"))).Rows.Select(r => r.Id));
        Assert.Equal([velaBeijing], (await Queue.PageAsync(new VerificationQuery(Vela, "北京"))).Rows.Select(r => r.Id));
        Assert.Equal(["上海", "北京"], (await Queue.CitiesAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last()
    {
        await db.InsertVehicleAsync(owner, BrandVin(2024, 1));

        var page = await Queue.PageAsync(new VerificationQuery(Page: 7));

        Assert.Equal((1, 1), (page.Page, page.Rows.Count));
    }

    [Fact]
    public async Task A_wrong_year_code_or_a_foreign_maker_is_saved_and_flagged_for_the_owner_and_the_queue()
    {
        var wrongYear = (await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, BrandVin(2019, 1), null))).Value;
        var foreign = (await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, BrandVin(2024, 2, "WVW"), null))).Value;
        var fine = (await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, BrandVin(2024, 3), null))).Value;

        var garage = (await Garage.GetGarageAsync(owner)).ToDictionary(v => v.Id);
        Assert.Equal([new VinFlag(VinFlagKind.YearMismatch, "K", 2019)], garage[wrongYear].Flags);
        Assert.Equal([new VinFlag(VinFlagKind.UnknownMaker, "WVW")], garage[foreign].Flags);
        Assert.Empty(garage[fine].Flags);
        var queued = (await Queue.PageAsync(new VerificationQuery())).Rows.ToDictionary(r => r.Id);
        Assert.Equal(garage[wrongYear].Flags, queued[wrongYear].Flags);
        Assert.Empty(queued[fine].Flags);
    }

    [Fact]
    public async Task Rejecting_records_the_reason_audits_and_tells_the_owner_in_their_language()
    {
        var id = await db.InsertVehicleAsync(owner, BrandVin(2024, 1), modelId: Vela);
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Verification.RejectAsync(op, id, RejectionReason.DetailsMismatch, "  行驶证上是 2023 年款  ");

        Assert.True(result.Succeeded);
        var rejection = (await Garage.GetGarageAsync(owner)).Single().Rejection;
        Assert.Equal(new VehicleRejection(RejectionReason.DetailsMismatch, "行驶证上是 2023 年款", TestDatabase.Start.AddMinutes(5)), rejection);
        await using var read = db.CreateDbContext();
        var audit = await read.AuditEntries.SingleAsync();
        Assert.Equal((op, AuditActions.VehicleRejected, id.ToString(CultureInfo.InvariantCulture)), (audit.ActorId, audit.Action, audit.TargetId));
        Assert.Equal("DetailsMismatch: 行驶证上是 2023 年款", audit.Detail);
        var bell = await read.Notifications.SingleAsync();
        Assert.Equal((owner, NotificationKind.VehicleRejected, op, "Aurelia Vela 2024", MemberUrls.Garage), (bell.RecipientId, bell.Kind, bell.ActorId, bell.Subject, bell.Url));
        var email = await read.MemberEmails.SingleAsync();
        Assert.Equal((owner, NotificationKind.VehicleRejected), (email.MemberId, email.Kind));
        Assert.Equal("你车库中填写的车型或年款与该车架号不符。团队补充：“行驶证上是 2023 年款”", email.Excerpt);
        Assert.Empty((await Queue.PageAsync(new VerificationQuery())).Rows);
    }

    [Fact]
    public async Task A_rejected_car_returns_to_the_queue_when_its_owner_changes_the_vin_but_not_the_nickname()
    {
        var id = (await Garage.AddVehicleAsync(owner, new VehicleInput(Nova, 2024, BrandVin(2024, 1), null))).Value;
        Assert.True((await Verification.RejectAsync(op, id, RejectionReason.VinNotFound, null)).Succeeded);

        Assert.True((await Garage.UpdateVehicleAsync(owner, id, new VehicleInput(Nova, 2024, BrandVin(2024, 1), "Blue"))).Succeeded);
        Assert.Empty((await Queue.PageAsync(new VerificationQuery())).Rows);
        Assert.NotNull((await Garage.GetGarageAsync(owner)).Single().Rejection);

        Assert.True((await Garage.UpdateVehicleAsync(owner, id, new VehicleInput(Nova, 2024, BrandVin(2024, 2), "Blue"))).Succeeded);
        Assert.Equal([id], (await Queue.PageAsync(new VerificationQuery())).Rows.Select(r => r.Id));
        Assert.Null((await Garage.GetGarageAsync(owner)).Single().Rejection);
    }

    [Fact]
    public async Task Another_reason_needs_a_note_and_nothing_is_written_without_one()
    {
        var id = await db.InsertVehicleAsync(owner, BrandVin(2024, 1));

        var result = await Verification.RejectAsync(op, id, RejectionReason.Other, "   ");

        Assert.Equal(GarageProblems.RejectionNoteRequired, Assert.Single(result.Problems).Code);
        Assert.Null((await Garage.GetGarageAsync(owner)).Single().Rejection);
        await using var read = db.CreateDbContext();
        Assert.False(await read.AuditEntries.AnyAsync());
        Assert.False(await read.Notifications.AnyAsync());
    }

    [Fact]
    public async Task Only_an_operator_rejects_and_a_verified_car_cannot_be_rejected()
    {
        var waiting = await db.InsertVehicleAsync(owner, BrandVin(2024, 1));
        var verified = await db.InsertVehicleAsync(owner, BrandVin(2024, 2), verified: true);
        var editor = await db.CreateMemberAsync("Editor", Roles.Editor);

        Assert.Equal(GarageProblems.NotAllowed, Assert.Single((await Verification.RejectAsync(editor, waiting, RejectionReason.VinNotFound, null)).Problems).Code);
        Assert.Equal(GarageProblems.AlreadyVerified, Assert.Single((await Verification.RejectAsync(op, verified, RejectionReason.VinNotFound, null)).Problems).Code);
        await using var read = db.CreateDbContext();
        Assert.False(await read.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task Verifying_tells_the_owner_and_clears_an_earlier_rejection_but_withdrawing_tells_nobody()
    {
        var id = await db.InsertVehicleAsync(owner, BrandVin(2024, 1));
        Assert.True((await Verification.RejectAsync(op, id, RejectionReason.VinNotFound, null)).Succeeded);

        Assert.True((await Verification.SetVerifiedAsync(op, id, verified: true)).Succeeded);
        Assert.True((await Verification.SetVerifiedAsync(op, id, verified: false)).Succeeded);

        await using var read = db.CreateDbContext();
        var kinds = await read.Notifications.Where(n => n.RecipientId == owner).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync();
        Assert.Equal([NotificationKind.VehicleRejected, NotificationKind.VehicleVerified], kinds);
        Assert.Equal(2, await read.MemberEmails.CountAsync(e => e.MemberId == owner));
        var car = await read.Vehicles.SingleAsync();
        Assert.Equal((null, null), (car.RejectedAt, car.RejectionReason));
    }

    private async Task SetOwnerAsync(string memberId, string city, string? culture)
    {
        await using var write = db.CreateDbContext();
        await write.Users.Where(u => u.Id == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.City, city).SetProperty(u => u.PreferredCulture, culture));
    }
}
