using System.Text;

namespace Portal.Domain.Forums;

/// <summary>
/// Makes text searchable by SQLite FTS5 in both languages. The unicode61 tokenizer splits words on spaces,
/// which Chinese does not use, so every CJK character is stored as its own token, set apart by thin spaces
/// (a separator to FTS5, and never typed by members, so <see cref="Unsegment"/> can take exactly them out
/// again). A Chinese query becomes a phrase of its characters, which matches the word wherever it appears;
/// English words are prefix-matched with Porter stemming.
/// </summary>
public static class ForumSearchText
{
    /// <summary>Highlight marks that FTS5's snippet() puts around matches; control characters no post contains.</summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';

    private const char Separator = '\u2009';

    public static string Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                result.Append(Separator).Append(c).Append(Separator);
            }
            else if (c is not (Separator or MarkStart or MarkEnd))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    public static string Unsegment(string text) => (text ?? "").Replace(Separator.ToString(), "", StringComparison.Ordinal);

    /// <summary>
    /// An FTS5 MATCH expression for what a member typed, or null when nothing searchable is left: every term
    /// must appear; FTS5 syntax in the query is neutralised by quoting.
    /// </summary>
    public static string? ToMatchExpression(string? query)
    {
        var terms = new List<string>();
        var phrase = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in (query ?? "") + " ")
        {
            if (IsCjk(c) && char.IsLetter(c))
            {
                Flush(word, terms, prefix: true);
                phrase.Append(phrase.Length > 0 ? " " : "").Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                Flush(phrase, terms, prefix: false);
                word.Append(c);
            }
            else
            {
                Flush(word, terms, prefix: true);
                Flush(phrase, terms, prefix: false);
            }
        }

        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }

    internal static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF'
            or >= '\uF900' and <= '\uFAFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    private static void Flush(StringBuilder buffer, List<string> terms, bool prefix)
    {
        if (buffer.Length > 0)
        {
            terms.Add($"\"{buffer}\"{(prefix ? "*" : "")}");
            buffer.Clear();
        }
    }
}
