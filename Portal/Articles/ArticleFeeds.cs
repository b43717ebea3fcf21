using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Localization;
using Portal.Domain.Articles;
using Portal.Hosting;

namespace Portal.Articles;

/// <summary>
/// The article feeds, written with System.ServiceModel.Syndication: <c>/feed.xml</c> (RSS 2.0), <c>/atom.xml</c> (Atom 1.0)
/// and one RSS feed per category, each the latest <see cref="Size"/> published articles with absolute links (from
/// <see cref="PublicUrls"/>, never the request's host), summaries and their published and updated dates.
/// </summary>
internal static class ArticleFeeds
{
    public const int Size = 20;
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";

    public static void MapArticleFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ArticleUrls.Rss, (ArticleReader reader, PublicUrls urls, IStringLocalizer<ArticleText> text, CancellationToken cancellationToken) =>
                WriteAsync(reader, urls, text, null, ArticleUrls.Rss, atom: false, cancellationToken))
            .AllowAnonymous()
            .RateLimitedAs(RateLimitKind.Api);
        endpoints.MapGet(ArticleUrls.Atom, (ArticleReader reader, PublicUrls urls, IStringLocalizer<ArticleText> text, CancellationToken cancellationToken) =>
                WriteAsync(reader, urls, text, null, ArticleUrls.Atom, atom: true, cancellationToken))
            .AllowAnonymous()
            .RateLimitedAs(RateLimitKind.Api);
        endpoints.MapGet("/articles/category/{category}/feed.xml", async (string category, ArticleReader reader, PublicUrls urls, IStringLocalizer<ArticleText> text, CancellationToken cancellationToken) =>
                ArticleUrls.ParseCategory(category) is { } parsed
                    ? await WriteAsync(reader, urls, text, parsed, ArticleUrls.CategoryFeed(parsed), atom: false, cancellationToken)
                    : Results.NotFound())
            .AllowAnonymous()
            .RateLimitedAs(RateLimitKind.Api);
    }

    private static async Task<IResult> WriteAsync(
        ArticleReader reader, PublicUrls urls, IStringLocalizer<ArticleText> text, ArticleCategory? category, string selfPath, bool atom, CancellationToken cancellationToken)
    {
        var articles = await reader.LatestAsync(Size, category, cancellationToken);
        var title = category is { } c ? text["Feed.CategoryTitle", text[ArticleLabels.CategoryKey(c)]] : text["Feed.Title"];
        var home = new Uri(urls.Absolute(category is { } cat ? ArticleUrls.Category(cat) : ArticleUrls.Index));
        var feed = new SyndicationFeed(title, text["Feed.Description"], home)
        {
            Id = urls.Absolute(selfPath),
            Language = System.Globalization.CultureInfo.CurrentUICulture.Name,
            LastUpdatedTime = articles.Count > 0 ? articles.Max(a => a.UpdatedAt) : DateTimeOffset.UnixEpoch,
            Items = articles.Select(a => Item(a, urls, text)).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Absolute(selfPath)), atom ? AtomType : RssType));

        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            SyndicationFeedFormatter formatter = atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed);
            formatter.WriteTo(writer);
            await writer.FlushAsync();
        }

        return Results.Bytes(buffer.ToArray(), $"{(atom ? AtomType : RssType)}; charset=utf-8");
    }

    private static SyndicationItem Item(ArticleCard article, PublicUrls urls, IStringLocalizer<ArticleText> text)
    {
        var link = urls.Absolute(article.Url);
        var item = new SyndicationItem
        {
            Id = link,
            Title = new TextSyndicationContent(article.Title),
            Summary = new TextSyndicationContent(article.Summary),
            PublishDate = article.PublishedAt,
            LastUpdatedTime = article.UpdatedAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(link)));
        item.Categories.Add(new SyndicationCategory(text[ArticleLabels.CategoryKey(article.Category)]));
        foreach (var tag in article.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag));
        }

        return item;
    }
}
