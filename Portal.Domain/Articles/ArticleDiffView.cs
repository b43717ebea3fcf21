namespace Portal.Domain.Articles;

/// <summary>Two revisions compared line by line, ready for the inline and the side-by-side views.</summary>
public sealed record ArticleDiffView(
    int From, int To, string OldTitle, string NewTitle, IReadOnlyList<ArticleDiffLine> Inline, IReadOnlyList<ArticleDiffRow> SideBySide, int Added, int Removed)
{
    public bool TitleChanged => OldTitle != NewTitle;
}
