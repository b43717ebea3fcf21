using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>ASVS 6.2 password rules, through the real <see cref="UserManager{TUser}"/> as registration uses it.</summary>
public sealed class PasswordPolicyTests : IAsyncLifetime
{
    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task CreateAsync_refuses_a_password_one_character_too_short()
    {
        const string password = "kktr0ut-blu"; // 11 characters, 4+ unique, not common
        Assert.Equal(AccountPolicy.MinPasswordLength - 1, password.Length);

        var result = await CreateUserAsync("short.password@tests.portal.test", password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort));
        Assert.Null(await db.Get<UserManager<PortalUser>>().FindByEmailAsync("short.password@tests.portal.test"));
    }

    [Fact]
    public async Task CreateAsync_accepts_a_long_passphrase_without_digits_or_symbols()
    {
        var result = await CreateUserAsync("passphrase@tests.portal.test", "correct horse battery staple");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        var stored = await db.Get<UserManager<PortalUser>>().FindByEmailAsync("passphrase@tests.portal.test");
        Assert.NotNull(stored);
        Assert.True(await db.Get<UserManager<PortalUser>>().CheckPasswordAsync(stored, "correct horse battery staple"));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("QWERTY123456")] // the list is case-insensitive
    [InlineData("portalportal")]
    public async Task CreateAsync_refuses_a_common_password(string password)
    {
        var result = await CreateUserAsync("common@tests.portal.test", password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == CommonPasswordValidator.TooCommonCode);
    }

    [Fact]
    public async Task CreateAsync_refuses_a_password_containing_the_email_local_part()
    {
        var result = await CreateUserAsync("marguerite@tests.portal.test", "my name is Marguerite!");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == CommonPasswordValidator.ContainsIdentityCode);
    }

    [Fact]
    public async Task CreateAsync_refuses_a_password_over_the_maximum_length()
    {
        var result = await CreateUserAsync("long@tests.portal.test", string.Concat(Enumerable.Repeat("abcdefgh", 17)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == CommonPasswordValidator.TooLongCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Identity_length_rule_is_registered_once_whatever_the_registration_order(bool accountsFirst)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        if (accountsFirst)
        {
            services.AddAccounts(configuration);
        }

        services.AddIdentityCore<PortalUser>(AccountPolicy.Configure);
        if (!accountsFirst)
        {
            services.AddAccounts(configuration);
        }

        var validators = services.Where(d => d.ServiceType == typeof(IPasswordValidator<PortalUser>)).Select(d => d.ImplementationType).ToList();
        Assert.Single(validators, typeof(PasswordValidator<PortalUser>));
        Assert.Single(validators, typeof(CommonPasswordValidator));
    }

    private Task<IdentityResult> CreateUserAsync(string email, string password) =>
        db.Get<UserManager<PortalUser>>().CreateAsync(
            new PortalUser { UserName = email, Email = email, DisplayName = "Test Member", JoinedAt = db.Clock.GetUtcNow() },
            password);
}
