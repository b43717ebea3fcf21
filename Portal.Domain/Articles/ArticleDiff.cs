using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Portal.Domain.Articles;

/// <summary>
/// Compares two revisions' text line by line with DiffPlex (whitespace counts: in Markdown it can change the output).
/// A changed line shows as the old line removed and the new one added.
/// </summary>
public static class ArticleDiff
{
    public static ArticleDiffView Compare(ArticleRevision older, ArticleRevision newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (oldText, newText) = (Normalize(older.Body), Normalize(newer.Body));
        var inline = InlineDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false).Lines
            .Where(p => p.Type != ChangeType.Imaginary)
            .Select(p => new ArticleDiffLine(Change(p.Type, removedSide: false), p.Type == ChangeType.Deleted ? null : p.Position, p.Text ?? ""))
            .ToList();
        var sides = SideBySideDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false);
        var rows = sides.OldText.Lines.Zip(sides.NewText.Lines, (o, n) => new ArticleDiffRow(Side(o, removedSide: true), Side(n, removedSide: false))).ToList();
        return new ArticleDiffView(
            older.Number, newer.Number, older.Title, newer.Title, inline, rows,
            inline.Count(l => l.Change == ArticleDiffChange.Added), inline.Count(l => l.Change == ArticleDiffChange.Removed));
    }

    private static ArticleDiffLine? Side(DiffPiece piece, bool removedSide) =>
        piece.Type == ChangeType.Imaginary ? null : new ArticleDiffLine(Change(piece.Type, removedSide), piece.Position, piece.Text ?? "");

    /// <summary>A modified line is a removal on the old side and an addition on the new one.</summary>
    private static ArticleDiffChange Change(ChangeType type, bool removedSide) => type switch
    {
        ChangeType.Inserted => ArticleDiffChange.Added,
        ChangeType.Deleted => ArticleDiffChange.Removed,
        ChangeType.Modified => removedSide ? ArticleDiffChange.Removed : ArticleDiffChange.Added,
        _ => ArticleDiffChange.Unchanged,
    };

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
