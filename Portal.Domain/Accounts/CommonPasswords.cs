namespace Portal.Domain.Accounts;

/// <summary>
/// The common passwords Portal refuses: the 49,233 of zxcvbn-ts's English common list (npm
/// <c>@zxcvbn-ts/language-common</c> 4.1.3, MIT, see THIRD-PARTY-NOTICES.md), embedded as
/// <c>Passwords/common-passwords.txt</c>, plus a few of Portal's own. Loaded once, compared case-insensitively.
/// </summary>
internal static class CommonPasswords
{
    private const string Resource = "Portal.Domain.Accounts.Passwords.common-passwords.txt";

    /// <summary>Long enough for the 12-character minimum, and common all the same (the list's are mostly shorter).</summary>
    private static readonly string[] PortalWords =
    [
        "123456789012", "1234567890123", "qwertyuiopas", "password1234", "password12345", "passwordpassword",
        "iloveyou1234", "aaaaaaaaaaaa", "111111111111", "000000000000", "abcdefghijkl", "qwerty123456",
        "1q2w3e4r5t6y", "administrator", "letmeinletmein", "welcome12345", "portalportal",
    ];

    private static readonly Lazy<HashSet<string>> Set = new(Load);

    public static int Count => Set.Value.Count;

    public static bool Contains(string password) => Set.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(PortalWords, StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
