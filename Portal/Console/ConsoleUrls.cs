namespace Portal.Console;

/// <summary>Site-relative addresses of the operators' console.</summary>
internal static class ConsoleUrls
{
    public const string Index = "/console";

    public const string Members = "/console/members";

    public static string Member(string memberId) => $"{Members}/{memberId}";
}
