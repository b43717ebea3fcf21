using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class AccountFlowTests : IAsyncDisposable
{
    private readonly PortalAppFactory factory = new();

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Register_creates_an_owner_signs_in_and_sends_a_confirmation_email()
    {
        var client = factory.CreateFormClient();
        var response = await client.PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "李雷",
            ["Input.Email"] = "li.lei@example.test",
            ["Input.Password"] = "charging at night is cheap",
            ["Input.ConfirmPassword"] = "charging at night is cheap",
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/garage?welcome=1", response.Headers.Location!.PathAndQuery);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync("li.lei@example.test");
        Assert.NotNull(user);
        Assert.Equal("李雷", user.DisplayName);
        Assert.Equal([Roles.Owner], await users.GetRolesAsync(user));

        var mail = Directory.GetFiles(Path.Combine(factory.DataDirectory, "mail"), "*.eml");
        Assert.Contains(mail, f => File.ReadAllText(f).Contains("li.lei@example.test", StringComparison.Ordinal));

        using var garage = await client.Http.GetAsync("/account/garage");
        Assert.Equal(HttpStatusCode.OK, garage.StatusCode);
    }

    [Fact]
    public async Task Register_with_a_short_password_shows_the_reason_and_writes_nothing()
    {
        var client = factory.CreateFormClient();
        var before = await CountUsersAsync();

        var response = await client.PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Short",
            ["Input.Email"] = "short@example.test",
            ["Input.Password"] = "tooshort",
            ["Input.ConfirmPassword"] = "tooshort",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The password must be between 12 and 128 characters.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountUsersAsync());
    }

    [Fact]
    public async Task Register_in_chinese_shows_localised_validation()
    {
        var client = factory.CreateFormClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var response = await client.PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "王",
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = "a sentence long enough",
            ["Input.ConfirmPassword"] = "a different sentence",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入有效的邮箱地址。", html, StringComparison.Ordinal);
        Assert.Contains("两次输入的密码不一致。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_with_the_demo_password_opens_member_pages()
    {
        var client = factory.CreateFormClient();
        var response = await client.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        using var profile = await client.Http.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task After_five_failed_sign_ins_an_unknown_device_must_wait_even_with_the_right_password()
    {
        var client = factory.CreateFormClient();
        for (var attempt = 1; attempt <= AccountPolicy.MaxFailedSignIns; attempt++)
        {
            var failed = await client.SignInAsync(DemoAccounts.EditorEmail, "wrong password " + attempt);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("the email or password is not right", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await client.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("too many sign-in attempts", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirm_email_link_with_a_mangled_code_says_it_failed()
    {
        var client = factory.CreateFormClient();
        await client.RegisterAsync("mangled@example.test", "charging at night is cheap");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync("mangled@example.test");

        using var response = await client.Http.GetAsync($"/Account/ConfirmEmail?userId={user!.Id}&code=%%%garbage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Error: we could not confirm your email.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await users.IsEmailConfirmedAsync((await users.FindByIdAsync(user.Id))!));
    }

    private async Task<int> CountUsersAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Users.CountAsync();
    }
}
