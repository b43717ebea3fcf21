using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Console;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>A staff role checkbox asks first, naming the member and the role: cancel changes nothing, confirm changes the role.</summary>
public sealed class RoleConfirmationTests : PortalComponentTest
{
    private TestDatabase db = default!;
    private string op = default!;
    private string wang = default!;

    protected override async Task InitializeTestAsync()
    {
        db = await TestDatabase.CreateAsync();
        op = await db.CreateMemberAsync("Operator One", Roles.Operator);
        wang = await db.CreateMemberAsync("王伟", Roles.Operator);
        Services.AddSingleton(db.Get<RoleAdminService>());
        UseViewerPreferences();
        await SignInMemberAsync(op, "op@tests.portal.test", Roles.Owner, Roles.Operator);
    }

    protected override Task DisposeTestAsync() => db.DisposeAsync().AsTask();

    [Fact]
    public async Task Granting_asks_to_make_the_member_an_editor_and_cancel_changes_nothing()
    {
        var (provider, table) = await RenderAsync();

        await table.InvokeAsync(() => Checkbox(table, Roles.Editor).Change(true));

        provider.WaitForAssertion(() => Assert.Contains("Make 王伟 an Editor?", provider.Markup, StringComparison.Ordinal));
        await provider.InvokeAsync(() => Button(provider, "Cancel").Click());
        provider.WaitForAssertion(() => Assert.DoesNotContain("Make 王伟 an Editor?", provider.Markup, StringComparison.Ordinal));
        Assert.False(await HasRoleAsync(Roles.Editor));
        Assert.False(Checkbox(table, Roles.Editor).HasAttribute("checked"));
        await using var read = db.CreateDbContext();
        Assert.False(await read.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task Confirming_grants_the_role()
    {
        var (provider, table) = await RenderAsync();

        await table.InvokeAsync(() => Checkbox(table, Roles.Editor).Change(true));
        provider.WaitForAssertion(() => Assert.Contains("Make 王伟 an Editor?", provider.Markup, StringComparison.Ordinal));
        await provider.InvokeAsync(() => Button(provider, "Make Editor").Click());

        await Eventually.TrueAsync(() => HasRoleAsync(Roles.Editor), "王伟 is an Editor");
    }

    [Fact]
    public async Task Removing_names_the_role_and_the_member_and_confirming_removes_it()
    {
        var (provider, table) = await RenderAsync();

        await table.InvokeAsync(() => Checkbox(table, Roles.Operator).Change(false));
        provider.WaitForAssertion(() => Assert.Contains("Remove Operator from 王伟?", provider.Markup, StringComparison.Ordinal));
        await provider.InvokeAsync(() => Button(provider, "Remove Operator").Click());

        await Eventually.TrueAsync(async () => !await HasRoleAsync(Roles.Operator), "王伟 is no longer an Operator");
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IRenderedComponent<MemberTable> Table)> RenderAsync()
    {
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var rows = (await db.Get<MemberDirectory>().SearchAsync(new MemberQuery())).Rows.Where(r => r.Id == wang).ToList();
        var table = Render<MemberTable>(p => p.Add(c => c.Rows, rows));
        return (provider, table);
    }

    private AngleSharp.Dom.IElement Checkbox(IRenderedComponent<MemberTable> table, string role)
    {
        var element = table.Find($"[data-testid=role-{role}-{wang}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<MudDialogProvider> provider, string text) =>
        provider.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private async Task<bool> HasRoleAsync(string role)
    {
        await using var read = db.CreateDbContext();
        var roleName = role.ToUpperInvariant();
        return await read.UserRoles.AnyAsync(ur => ur.UserId == wang && read.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == roleName));
    }
}
