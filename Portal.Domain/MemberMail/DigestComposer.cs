using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Messaging;

namespace Portal.Domain.MemberMail;

/// <summary>A digest's email: the subject and a Markdown body with a section for each kind of news there is, in the member's language.</summary>
internal sealed class DigestComposer(IStringLocalizer<MemberMailTexts> texts)
{
    /// <summary>The subject and the Markdown body, in the member's language.</summary>
    public (string Subject, string Body) Compose(string? preferredCulture, DigestFrequency frequency, List<DigestItem> threads, List<DigestEvent> events, List<DigestItem> articles)
    {
        var culture = MessageLanguage.Culture(preferredCulture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var body = new StringBuilder().Append(texts[$"Digest.Intro.{frequency}"].Value).Append("\n\n");
            Section(body, texts["Digest.Threads"], threads.Select(t => MarkdownText.Link(t.Title, t.Url)));
            Section(body, texts["Digest.Events"], events.Select(e =>
            {
                var starts = TimeZoneInfo.ConvertTime(e.StartsAt, TimeZones.Find(e.TimeZoneId));
                return $"{MarkdownText.Link(e.Title, e.Url)} · {starts.ToString("D", culture)} {starts.ToString("t", culture)}";
            }));
            Section(body, texts["Digest.Articles"], articles.Select(a => MarkdownText.Link(a.Title, a.Url)));
            return (texts[$"Subject.Digest.{frequency}"].Value, body.ToString().TrimEnd());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void Section(StringBuilder body, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        body.Append("### ").Append(heading).Append("\n\n");
        foreach (var item in items)
        {
            body.Append("- ").Append(item).Append('\n');
        }

        body.Append('\n');
    }
}
