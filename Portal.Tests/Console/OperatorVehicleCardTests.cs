using Bunit;
using Portal.Console;
using Portal.Domain.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>A car on the operator's member page: verify is offered only when there is a VIN to check.</summary>
public sealed class OperatorVehicleCardTests : PortalComponentTest
{
    private static readonly GarageVehicle Vela = new(
        7, 2, "Aurelia Vela", Powertrain.Electric, 2024, null, "1M8GDM9AXKP042788", Verified: false, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), []);

    [Fact]
    public void Car_with_vin_can_be_verified()
    {
        var asked = new List<bool>();
        var cut = Render<OperatorVehicleCard>(p => p.Add(c => c.Vehicle, Vela).Add(c => c.ToggleVerified, (bool v) => asked.Add(v)));

        var button = cut.Find("[data-testid=toggle-verified]");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Equal("Verify ownership", button.TextContent.Trim());
        Assert.Contains("VIN: 1M8GDM9AXKP042788", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=needs-vin]"));

        button.Click();

        Assert.Equal([true], asked);
    }

    [Fact]
    public void Car_without_vin_cannot_be_verified_and_says_why()
    {
        var asked = new List<bool>();
        var cut = Render<OperatorVehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Vin = null }).Add(c => c.ToggleVerified, (bool v) => asked.Add(v)));

        var button = cut.Find("[data-testid=toggle-verified]");
        Assert.True(button.HasAttribute("disabled"));
        var hint = cut.Find("[data-testid=needs-vin]");
        Assert.Equal("Needs a VIN before it can be verified.", hint.TextContent.Trim());
        Assert.Equal(hint.Id, button.GetAttribute("aria-describedby"));
        Assert.Contains("VIN: not given", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(asked);
    }

    [Fact]
    public void Verified_car_without_vin_can_still_be_withdrawn()
    {
        var asked = new List<bool>();
        var cut = Render<OperatorVehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Vin = null, Verified = true }).Add(c => c.ToggleVerified, (bool v) => asked.Add(v)));

        var button = cut.Find("[data-testid=toggle-verified]");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Equal("Withdraw verification", button.TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=needs-vin]"));

        button.Click();

        Assert.Equal([false], asked);
    }

    [Fact]
    public void In_chinese_the_hint_reads_in_chinese()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<OperatorVehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Vin = null }));

        Assert.Equal("填写车架号后才能认证。", cut.Find("[data-testid=needs-vin]").TextContent.Trim());
        Assert.Contains("车架号：未填写", cut.Markup, StringComparison.Ordinal);
    }
}
