using System.Globalization;
using System.Text;
using AnyAscii;

namespace Portal.Domain.Content;

/// <summary>
/// URL slugs for every feature: lower-case ASCII words joined by hyphens. Letters are transliterated (Zürich → zurich,
/// Straße → strasse) and each Chinese character becomes its pinyin syllable (冬季续航 → dong-ji-xu-hang); a title with
/// nothing left gets the fallback. See docs/decisions/0004-slugs.md.
/// </summary>
public static class Slug
{
    public static string From(string title, string fallback, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrEmpty(fallback);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        var words = Words(title.Normalize(NormalizationForm.FormC));
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            var separator = slug.Length > 0 ? 1 : 0;
            if (slug.Length + separator + word.Length > maxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(word.AsSpan(0, maxLength));
                }

                break;
            }

            slug.Append(separator == 1 ? "-" : "").Append(word);
        }

        return slug.Length == 0 ? fallback : slug.ToString();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var ascii = rune.ToString().Transliterate().ToLowerInvariant();
            var ideograph = IsIdeograph(rune);
            if (ideograph)
            {
                Flush(word, words);
            }

            foreach (var c in ascii)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    word.Append(c);
                }
                else
                {
                    Flush(word, words);
                }
            }

            if (ideograph)
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>A Han character: one syllable, so one word of its own (other scripts' letters join into words).</summary>
    private static bool IsIdeograph(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
