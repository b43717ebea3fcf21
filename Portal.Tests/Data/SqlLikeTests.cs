using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Data;

/// <summary>
/// The title search's SQL on real SQLite: both sides lower-cased (so PostgreSQL, whose LIKE minds case, matches the same),
/// the pattern a parameter (one compiled query for every search), and %, _ and \ in the words taken literally.
/// </summary>
public sealed class SqlLikeTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void The_sql_lowers_the_column_and_sends_the_pattern_as_a_parameter()
    {
        using var db = database.CreateDbContext();

        var sql = db.Articles.Where(SqlLike.Contains<Article>(a => a.Title, "Winter TYRES")).ToQueryString();

        Assert.Contains("lower(\"a\".\"Title\") LIKE @", sql, StringComparison.Ordinal);
        Assert.Contains("ESCAPE '\\'", sql, StringComparison.Ordinal);
        Assert.Contains("'%winter tyres%'", sql, StringComparison.Ordinal); // the parameter's value, shown in the header
    }

    [Fact]
    public async Task Percent_underscore_and_backslash_in_the_words_match_only_themselves()
    {
        var authorId = await database.CreateMemberAsync("王伟");
        await using (var db = database.CreateDbContext())
        {
            foreach (var (slug, title) in new[] { ("sale", "50% OFF winter tyres"), ("fifty", "50 off winter tyres"), ("path", @"C:\charging_log"), ("plain", "Charging log") })
            {
                db.Articles.Add(new Article { Title = title, Slug = slug, AuthorId = authorId, UpdatedById = authorId });
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(["sale"], await SlugsAsync("50% off"));
        Assert.Equal(["path"], await SlugsAsync(@"\charging_"));
        Assert.Equal(["fifty", "sale"], await SlugsAsync("WINTER"));
    }

    private async Task<List<string>> SlugsAsync(string words)
    {
        await using var db = database.CreateDbContext();
        return await db.Articles.Where(SqlLike.Contains<Article>(a => a.Title, words)).OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync();
    }
}
