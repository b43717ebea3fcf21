using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Engagement.Reports;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>The operators' member list against a real database: each filter, safe paging, the export's pages and its audit entry.</summary>
public sealed class MemberListTests : IAsyncLifetime
{
    private TestDatabase db = default!;
    private string wang = default!;
    private string li = default!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        wang = await db.CreateMemberAsync("王伟"); // joins 2026-03-15 (Shanghai)
        db.Clock.Advance(TimeSpan.FromDays(3));
        li = await db.CreateMemberAsync("Li Na"); // 2026-03-18
        db.Clock.Advance(TimeSpan.FromDays(3));
        await db.CreateMemberAsync("Editor Ed", Roles.Editor); // 2026-03-21
        await using var write = db.CreateDbContext();
        await write.Users.Where(u => u.Id == wang).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, "上海"));
        await write.Users.Where(u => u.Id == li).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, "北京"));
        await db.InsertVehicleAsync(wang, "1M8GDM9AXKP042788", verified: true, modelId: 2);
        await db.InsertVehicleAsync(li, vin: null, modelId: 1);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private MemberDirectory Members => db.Get<MemberDirectory>();

    private async Task<IEnumerable<string>> NamesAsync(MemberQuery query) => (await Members.SearchAsync(query)).Rows.Select(r => r.DisplayName);

    [Fact]
    public async Task Without_filters_every_member_newest_first_with_city_roles_and_cars()
    {
        var (rows, total) = await Members.SearchAsync(new MemberQuery());

        Assert.Equal(3, total);
        Assert.Equal(["Editor Ed", "Li Na", "王伟"], rows.Select(r => r.DisplayName));
        var wangRow = rows[2];
        Assert.Equal(("上海", 1, 1), (wangRow.City, wangRow.Vehicles, wangRow.VerifiedVehicles));
        Assert.Contains(Roles.Editor, rows[0].Roles);
    }

    [Fact]
    public async Task Each_filter_narrows_the_list()
    {
        Assert.Equal(["王伟"], await NamesAsync(new MemberQuery(Verified: true)));
        Assert.Equal(["Editor Ed", "Li Na"], await NamesAsync(new MemberQuery(Verified: false)));
        Assert.Equal(["Li Na"], await NamesAsync(new MemberQuery(ModelId: 1)));
        Assert.Equal(["王伟"], await NamesAsync(new MemberQuery(City: "上海")));
        Assert.Equal(["Editor Ed"], await NamesAsync(new MemberQuery(Role: Roles.Editor)));
        Assert.Empty(await NamesAsync(new MemberQuery(Role: Roles.Operator)));
        Assert.Equal(["Li Na"], await NamesAsync(new MemberQuery(JoinedFrom: new DateOnly(2026, 3, 16), JoinedTo: new DateOnly(2026, 3, 18))));
        Assert.Equal(["Editor Ed"], await NamesAsync(new MemberQuery(Search: "Ed", JoinedFrom: new DateOnly(2026, 3, 19))));
        Assert.Equal(["Li Na"], await NamesAsync(new MemberQuery(Verified: false, City: "北京", ModelId: 1)));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_the_export_reads_every_page()
    {
        for (var i = 0; i < MemberDirectory.PageSize; i++)
        {
            await db.CreateMemberAsync($"Member {i}");
        }

        var (rows, total) = await Members.SearchAsync(new MemberQuery(Page: int.MaxValue));

        Assert.Equal(MemberDirectory.PageSize + 3, total);
        Assert.Equal(3, rows.Count);
        var exported = new List<MemberAdminRow>();
        await foreach (var page in Members.PagesAsync(new MemberQuery(Verified: false)))
        {
            exported.AddRange(page);
        }

        Assert.Equal(MemberDirectory.PageSize + 2, exported.Count);
        Assert.DoesNotContain(exported, r => r.Id == wang);
    }

    [Fact]
    public async Task The_export_is_audited_as_the_member_list_with_its_filters()
    {
        var op = await db.CreateMemberAsync("Operator", Roles.Operator);

        await Members.AuditExportedAsync(op, "verified=yes&city=上海");

        await using var read = db.CreateDbContext();
        var audit = await read.AuditEntries.SingleAsync();
        Assert.Equal((op, AuditActions.ConsoleExported, ReportExports.AuditTargetType, MemberDirectory.ExportName, "verified=yes&city=上海"),
            (audit.ActorId, audit.Action, audit.TargetType, audit.TargetId, audit.Detail));
    }
}
