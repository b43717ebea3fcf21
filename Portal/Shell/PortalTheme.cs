using MudBlazor;

namespace Portal.Shell;

/// <summary>Aurelia's brand colours for MudBlazor, light and dark, checked for WCAG AA contrast.</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0E5A6B",
            PrimaryContrastText = "#FFFFFF",
            Secondary = "#8A4B0F",
            SecondaryContrastText = "#FFFFFF",
            Tertiary = "#4A3B8F",
            AppbarBackground = "#0B3F4C",
            AppbarText = "#FFFFFF",
            Background = "#F6F8F9",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            TextPrimary = "#1B2429",
            TextSecondary = "#4E5B62",
            Success = "#1E6B3A",
            Error = "#B3261E",
            Info = "#0B5CAD",
            Warning = "#8A5300",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6CC7DA",
            PrimaryContrastText = "#06262E",
            Secondary = "#F0B45C",
            SecondaryContrastText = "#2B1700",
            Tertiary = "#B7A9F5",
            AppbarBackground = "#0F1D22",
            AppbarText = "#E6EEF0",
            Background = "#0B1417",
            Surface = "#14232A",
            DrawerBackground = "#14232A",
            TextPrimary = "#E6EEF0",
            TextSecondary = "#B4C3C8",
            Success = "#7BD69B",
            Error = "#FF8A80",
            Info = "#8CC4FF",
            Warning = "#FFC46B",
            // The dark palette's status colours are light, so filled snackbars, chips and buttons need dark text
            // (MudBlazor's default white on them is below 2:1).
            SuccessContrastText = "#0B2A17",
            ErrorContrastText = "#3B0A06",
            InfoContrastText = "#06233F",
            WarningContrastText = "#2B1700",
            LinesDefault = "#2C3E45",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", "Roboto", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
