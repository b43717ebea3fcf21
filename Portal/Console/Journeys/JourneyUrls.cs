namespace Portal.Console.Journeys;

/// <summary>Site-relative addresses of the journeys pages.</summary>
internal static class JourneyUrls
{
    public const string Index = "/console/journeys";

    public const string New = Index + "/new";

    public static string Page(int id) => FormattableString.Invariant($"{Index}/{id}");

    public static string Edit(int id) => FormattableString.Invariant($"{Index}/{id}/edit");
}
