using Portal.Domain.Garage;

namespace Portal.Tests.Garage;

public class VinTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")] // the textbook example from 49 CFR 565
    [InlineData("11111111111111111")]
    [InlineData("1HGCM82633A004352")]
    [InlineData(" 1m8gdm9axkp042788 ")] // trimmed and upper-cased
    public void Validate_accepts_vins_with_correct_check_digit(string vin) =>
        Assert.True(Vin.Validate(vin).IsValid);

    [Fact]
    public void Validate_refuses_a_wrong_check_digit_without_telling_the_digit_that_would_pass()
    {
        var check = Vin.Validate("1M8GDM9A1KP042788");
        Assert.Equal(VinProblem.CheckDigitMismatch, check.Problem);
        Assert.Null(check.Detail);
        Assert.Empty(GarageProblems.ForVin(check)!.Args);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278", VinProblem.WrongLength)]
    [InlineData("1M8GDM9AXKP0427888", VinProblem.WrongLength)]
    [InlineData("", VinProblem.WrongLength)]
    [InlineData("1M8GDM9AXKP0427O8", VinProblem.InvalidCharacter)]
    [InlineData("IM8GDM9AXKP042788", VinProblem.InvalidCharacter)]
    [InlineData("1M8GDM9AXKP04278Q", VinProblem.InvalidCharacter)]
    [InlineData("1M8GDM9AXKP04278-", VinProblem.InvalidCharacter)]
    public void Validate_refuses_malformed_vins_with_the_reason(string vin, VinProblem expected) =>
        Assert.Equal(expected, Vin.Validate(vin).Problem);

    [Fact]
    public void WithCheckDigit_produces_a_valid_vin()
    {
        var vin = Vin.WithCheckDigit("LAUB1EK00NS100000");
        Assert.True(Vin.Validate(vin).IsValid);
        Assert.Equal("LAUB1EK0", vin[..8]);
    }
}
