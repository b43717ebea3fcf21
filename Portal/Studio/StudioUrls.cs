namespace Portal.Studio;

/// <summary>Site-relative address of the Studio's start page (its tools' addresses live with their features).</summary>
internal static class StudioUrls
{
    public const string Index = "/studio";
}
