using System.Globalization;
using System.Text;

namespace Portal.Domain.Accounts;

/// <summary>
/// The one rule for display names, wherever a name is set (registration, profile): NFKC, trimmed, whitespace collapsed;
/// no control characters (NUL included) and no bidirectional overrides, isolates or marks (a name cannot reverse the text
/// around it); not only invisible characters; and none of the reserved words (<see cref="AccountOptions"/>) unless staff.
/// </summary>
public static class DisplayNames
{
    public const string Characters = "Profile.DisplayNameCharacters";
    public const string Invisible = "Profile.DisplayNameInvisible";
    public const string Reserved = "Profile.DisplayNameReserved";

    /// <summary>NFKC (full-width letters become plain ones, ligatures split), trimmed, every run of whitespace one space.</summary>
    public static string Normalize(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The problem code for a <see cref="Normalize">normalised</see> name's characters and words, or null.</summary>
    public static string? Check(string name, IReadOnlyList<string> reservedWords, bool isStaff)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(reservedWords);
        if (name.EnumerateRunes().Any(r => Rune.IsControl(r) || IsBidiControl(r.Value)))
        {
            return Characters;
        }

        var visible = Visible(name);
        if (visible.Length == 0)
        {
            return Invisible;
        }

        return !isStaff && reservedWords.Any(word => Uses(visible, word)) ? Reserved : null;
    }

    private static bool IsBidiControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    /// <summary>
    /// The name without what shows nothing (format characters such as zero-width ones, fillers, blanks), lower-cased, with
    /// a space where a lower-case letter meets an upper-case one ("AureliaOfficial" reads as two words).
    /// </summary>
    private static string Visible(string name)
    {
        var builder = new StringBuilder(name.Length);
        var lastLower = false;
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
                lastLower = false;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F)
            {
                continue;
            }

            if (lastLower && Rune.IsUpper(rune))
            {
                builder.Append(' ');
            }

            lastLower = Rune.IsLower(rune);
            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return builder.ToString().Trim();
    }

    /// <summary>A Latin word as a whole word (letters around it do not count); any other script's word anywhere.</summary>
    private static bool Uses(string visible, string word)
    {
        var folded = word.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        if (!folded.All(char.IsAscii))
        {
            return visible.Contains(folded, StringComparison.Ordinal);
        }

        var start = 0;
        while ((start = visible.IndexOf(folded, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + folded.Length;
            if ((start == 0 || !char.IsAsciiLetter(visible[start - 1])) && (end == visible.Length || !char.IsAsciiLetter(visible[end])))
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
