namespace Portal.Domain.Forums;

/// <summary>Thread tags: lower-case, letters, digits and hyphens (Chinese welcome), at most <see cref="ForumThread.MaxTags"/>.</summary>
public static class ForumTags
{
    public static List<string> Normalize(IEnumerable<string>? tags) =>
        (tags ?? [])
            .Select(t => string.Join('-', (t ?? "").Trim().ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<Problem> Check(IReadOnlyCollection<string> tags)
    {
        if (tags.Count > ForumThread.MaxTags)
        {
            yield return new Problem(ForumProblems.TooManyTags, "Tags", ForumThread.MaxTags);
        }

        foreach (var tag in tags.Where(t => t.Length > ThreadTag.MaxLength || !t.All(c => char.IsLetterOrDigit(c) || c == '-')))
        {
            yield return new Problem(ForumProblems.TagInvalid, "Tags", tag);
        }
    }
}
