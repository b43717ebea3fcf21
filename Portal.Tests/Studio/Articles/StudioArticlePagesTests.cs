using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Articles;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Studio.Articles;

/// <summary>The Studio's article pages in the whole app: for editors only, and the revisions page shows the comparison as rendered on the server.</summary>
public sealed class StudioArticlePagesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string, string, HttpStatusCode> Cases
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var path in new[] { ArticleUrls.Studio, ArticleUrls.StudioCreate, "{edit}", "{revisions}" })
            {
                data.Add(path, "anonymous", HttpStatusCode.Found);
                data.Add(path, DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden);
                data.Add(path, DemoAccounts.EditorEmail, HttpStatusCode.OK);
            }

            data.Add(ArticleUrls.Studio, DemoAccounts.OperatorEmail, HttpStatusCode.OK);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Studio_article_pages_are_for_editors_and_operators(string path, string who, HttpStatusCode expected)
    {
        var id = await CreateArticleAsync("Gate check", "One line.");
        path = path.Replace("{edit}", ArticleUrls.Edit(id), StringComparison.Ordinal).Replace("{revisions}", ArticleUrls.Revisions(id), StringComparison.Ordinal);
        var client = factory.CreateFormClient();
        if (who != "anonymous")
        {
            Assert.Equal(HttpStatusCode.Found, (await client.SignInAsync(who, DemoAccounts.Password)).StatusCode);
        }

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Found)
        {
            Assert.StartsWith("http://localhost/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_list_shows_the_article_and_the_revisions_page_shows_added_and_removed_lines()
    {
        var id = await CreateArticleAsync("Diff check on the server", "Unchanged line.\nOld line here.");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var studio = scope.ServiceProvider.GetRequiredService<ArticleStudio>();
            var editor = await EditorIdAsync(scope);
            var state = (await studio.LoadAsync(editor, id)).Value!;
            Assert.True((await studio.SaveAsync(editor, id, state.Draft with { Body = "Unchanged line.\nNew line there." }, state.Version)).Succeeded);
        }

        var client = factory.CreateFormClient();
        await client.SignInAsync(DemoAccounts.EditorEmail, DemoAccounts.Password);
        var list = await client.Http.GetStringAsync(ArticleUrls.Studio + "?q=diff+check");
        Assert.Contains("data-testid=\"studio-articles\"", list, StringComparison.Ordinal);
        Assert.Contains("Diff check on the server", list, StringComparison.Ordinal);

        var html = await client.Http.GetStringAsync(ArticleUrls.Revisions(id));
        Assert.Contains("data-testid=\"diff-view\"", html, StringComparison.Ordinal);
        Assert.Matches("data-change=\"Removed\"[^>]*>(.|\\n)*?Old line here\\.", html);
        Assert.Matches("data-change=\"Added\"[^>]*>(.|\\n)*?New line there\\.", html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"revision-row\""));
    }

    private async Task<int> CreateArticleAsync(string title, string body)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ArticleStudio>()
            .CreateAsync(await EditorIdAsync(scope), new ArticleDraft { Title = title, Body = body, Category = ArticleCategory.News });
        Assert.True(created.Succeeded);
        return created.Value;
    }

    private static async Task<string> EditorIdAsync(AsyncServiceScope scope) =>
        (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(DemoAccounts.EditorEmail))!.Id;
}
