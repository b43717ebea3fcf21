namespace Portal.Domain;

/// <summary>
/// The one way to search titles with SQL LIKE: the words anywhere, their %, _ and \ taken literally (escape character
/// <see cref="EscapeCharacter"/>). SQLite's LIKE ignores ASCII case.
/// </summary>
public static class SqlLike
{
    public const string EscapeCharacter = "\\";

    public static string ContainsPattern(string words) => "%" + words.Trim()
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
