using Microsoft.AspNetCore.Identity;
using Portal.Domain.Accounts;

namespace Portal.Tests.Accounts;

/// <summary>The shipped common-password list (zxcvbn-ts, embedded): loaded once, large, case-insensitive, used by the validator.</summary>
public sealed class CommonPasswordListTests
{
    [Fact]
    public void The_list_holds_more_than_ten_thousand_passwords()
    {
        Assert.True(CommonPasswords.Count > 49_000, $"{CommonPasswords.Count} passwords");
    }

    [Theory]
    [InlineData("password")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("QAZWSXEDCRFV")]
    [InlineData("LeaveMeAlone")]
    [InlineData("portalportal")]
    public void Known_entries_are_found_whatever_their_case(string password) => Assert.True(CommonPasswords.Contains(password));

    [Fact]
    public void A_passphrase_is_not_on_it() => Assert.False(CommonPasswords.Contains("charging at night is cheap"));

    [Theory]
    [InlineData("q1w2e3r4t5y6")]
    [InlineData("123qweasdzxc")]
    public async Task The_validator_refuses_a_listed_password_that_meets_the_length_rule(string password)
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new PortalUser { Email = "lin@tests.portal.test" }, password);

        Assert.Equal(CommonPasswordValidator.TooCommonCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_validator_accepts_a_passphrase()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new PortalUser { Email = "lin@tests.portal.test" }, "charging at night is cheap");

        Assert.Equal(IdentityResult.Success, result);
    }
}
