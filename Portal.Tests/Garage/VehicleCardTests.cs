using Bunit;
using Portal.Domain.Garage;
using Portal.Garage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Garage;

/// <summary>A car in the owner's garage: the verified chip, the VIN line, the next step, and the actions.</summary>
public sealed class VehicleCardTests : PortalComponentTest
{
    private static readonly GarageVehicle Vela = new(
        7, 2, "Aurelia Vela", Powertrain.Electric, 2024, "Snowball", "1M8GDM9AXKP042788", Verified: false, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), []);

    [Fact]
    public void Verified_car_shows_the_verified_chip_and_no_next_step()
    {
        var cut = Render<VehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Verified = true }));

        Assert.Equal("Verified", cut.Find("[data-testid=vehicle-verified]").TextContent.Trim());
        Assert.DoesNotContain("Waiting for verification", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Add the VIN", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Unverified_car_with_vin_has_no_chip_and_waits_for_the_team()
    {
        var cut = Render<VehicleCard>(p => p.Add(c => c.Vehicle, Vela));

        Assert.Empty(cut.FindAll("[data-testid=vehicle-verified]"));
        Assert.Contains("VIN: 1M8GDM9AXKP042788", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Waiting for verification by our team.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Car_without_vin_asks_for_one()
    {
        var cut = Render<VehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Vin = null }));

        Assert.Contains("VIN: not given", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Add the VIN so our team can verify this car.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=vehicle-verified]"));
    }

    [Fact]
    public void Card_shows_model_year_powertrain_and_nickname()
    {
        var cut = Render<VehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Powertrain = Powertrain.PlugInHybrid }));

        Assert.Equal("Aurelia Vela", cut.Find("h3").TextContent.Trim());
        Assert.Contains("2024 · Plug-in hybrid", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("“Snowball”", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Car_without_nickname_shows_no_empty_quotes()
    {
        var cut = Render<VehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Nickname = null }));

        Assert.DoesNotContain("“", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_and_remove_buttons_raise_their_callbacks()
    {
        var edits = 0;
        var removals = 0;
        var cut = Render<VehicleCard>(p => p
            .Add(c => c.Vehicle, Vela)
            .Add(c => c.Edit, () => edits++)
            .Add(c => c.Remove, () => removals++));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Remove").Click();

        Assert.Equal((0, 1), (edits, removals));
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Edit").Click();
        Assert.Equal((1, 1), (edits, removals));
    }

    [Fact]
    public void In_chinese_the_card_reads_in_chinese()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<VehicleCard>(p => p.Add(c => c.Vehicle, Vela with { Verified = true }));

        Assert.Equal("已认证", cut.Find("[data-testid=vehicle-verified]").TextContent.Trim());
        Assert.Contains("纯电", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("车架号：", cut.Markup, StringComparison.Ordinal);
    }
}
