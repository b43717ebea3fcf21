using Portal.Domain.Forums;

namespace Portal.Domain.Search;

/// <summary>
/// What a member typed into the site search, as words: every word must match (the strict pass), and, when nothing does,
/// any one may (the partial pass). Chinese has no spaces, so a run of Chinese characters is one word in the strict pass
/// and its overlapping pairs in the partial one (上海活动 → 上海, 海活, 活动), which finds "上海" or "活动" alone.
/// </summary>
public sealed class SearchWords
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    private SearchWords(IReadOnlyList<string> all, IReadOnlyList<string> partial)
    {
        All = all;
        Partial = partial;
    }

    /// <summary>The words, lower case, at most <see cref="MaxWords"/>, each at most <see cref="MaxWordLength"/> characters.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The pieces the partial pass looks for.</summary>
    public IReadOnlyList<string> Partial { get; }

    public bool IsEmpty => All.Count == 0;

    /// <summary>Whether a partial pass could find more than the strict one (more than one piece to choose from).</summary>
    public bool CanRelax => Partial.Count > 1;

    public static SearchWords Parse(string? query)
    {
        var words = (query ?? "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();
        var partial = words.SelectMany(Pieces).Distinct(StringComparer.Ordinal).ToList();
        return new SearchWords(words, partial);
    }

    /// <summary>The FTS5 expression of the strict pass (every word), or null when nothing searchable is left.</summary>
    public string? AllMatch() => ForumSearchText.ToMatchExpression(string.Join(' ', All));

    /// <summary>The FTS5 expression of the partial pass (any piece), or null when nothing searchable is left.</summary>
    public string? AnyMatch()
    {
        var pieces = Partial.Select(p => ForumSearchText.ToMatchExpression(p)).OfType<string>().ToList();
        return pieces.Count == 0 ? null : string.Join(" OR ", pieces.Select(p => $"({p})"));
    }

    /// <summary>How many of the partial pass's pieces <paramref name="text"/> contains (ranks partial matches).</summary>
    public int PiecesIn(string text) => Partial.Count(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Pieces(string word)
    {
        if (word.Length <= 2 || !word.All(c => ForumSearchText.IsCjk(c)))
        {
            return [word];
        }

        return Enumerable.Range(0, word.Length - 1).Select(i => word.Substring(i, 2));
    }
}
