using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Accounts;
using Portal.Articles;
using Portal.Console;
using Portal.Console.Segments;
using Portal.Domain;
using Portal.Events;
using Portal.Forums;
using Portal.Forums.Moderation;
using Portal.Garage;
using Portal.Notifications;
using Portal.Shell;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

public sealed class ProblemTextTests
{
    /// <summary>The resource each feature's components describe its problems with (the code's prefix names the feature).</summary>
    private static readonly Dictionary<string, Type> FeatureText = new(StringComparer.Ordinal)
    {
        ["Common"] = typeof(ShellText),
        ["Garage"] = typeof(GarageText),
        ["Forums"] = typeof(ForumText),
        ["Events"] = typeof(EventText),
        ["Articles"] = typeof(ArticleText),
        ["Notifications"] = typeof(NotificationText),
        ["Profile"] = typeof(AccountText),
        ["Roles"] = typeof(ConsoleText),
        ["Journeys"] = typeof(Portal.Console.Journeys.JourneyText),
        ["Segments"] = typeof(SegmentsText),
        ["Announcements"] = typeof(Portal.Console.Announcements.AnnouncementText),
    };

    private static readonly CultureInfo Chinese = new("zh-CN");

    public static TheoryData<string> Codes()
    {
        var codes = typeof(Problem).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Problems", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. codes];
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_problem_code_has_an_english_and_a_chinese_text_where_the_ui_looks_it_up(string code)
    {
        Assert.True(FeatureText.TryGetValue(code.Split('.')[0], out var feature), $"{code}: no feature resource for its prefix");

        foreach (var culture in new[] { CultureInfo.InvariantCulture, Chinese })
        {
            Assert.True(
                Text(feature, code, culture) is not null || Text(typeof(ProblemText), code, culture) is not null,
                $"{code} has no {(culture == Chinese ? "Chinese" : "English")} text in {feature.Name} or ProblemText");
        }
    }

    [Fact]
    public void Every_resx_pair_has_the_same_keys()
    {
        var pairs = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "Portal"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".zh-CN.resx", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(pairs);

        foreach (var english in pairs)
        {
            var chinese = Path.ChangeExtension(english, ".zh-CN.resx");
            Assert.True(File.Exists(chinese), $"{Path.GetFileName(english)} has no zh-CN partner");
            var englishKeys = Keys(english);
            var chineseKeys = Keys(chinese);
            Assert.True(englishKeys.SetEquals(chineseKeys),
                $"{Path.GetFileName(english)}: only in English [{string.Join(", ", englishKeys.Except(chineseKeys))}], only in Chinese [{string.Join(", ", chineseKeys.Except(englishKeys))}]");
        }
    }

    [Fact]
    public void A_shared_problem_is_worded_in_ProblemText_only()
    {
        var root = Path.Combine(RepositoryRoot(), "Portal");
        var shared = Keys(Path.Combine(root, "Shell", "ProblemText.resx"));
        foreach (var file in Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("ProblemText.", StringComparison.Ordinal)))
        {
            Assert.Empty(Keys(file).Intersect(shared));
        }
    }

    [Fact]
    public void A_feature_text_comes_first_and_the_shared_text_fills_in()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var forum = factory.Create(typeof(ForumText));
        var moderation = factory.Create(typeof(ModerationText));
        using (new CultureScope("en-US"))
        {
            Assert.Equal("That is too long: use at most 80 characters.", forum.Describe(new Problem(Domain.Forums.ForumProblems.TooLong, "Body", 80)));
            Assert.Equal("Silence for 1 to 365 days.", moderation.Describe(new Problem(Domain.Forums.ForumProblems.TooLong, "Days", 365)));
            Assert.Equal("Give a reason.", moderation.Describe(new Problem(Domain.Forums.ForumProblems.ReasonRequired, "Reason")));
            Assert.Equal("Use at most 60 characters.", forum.Field([new Problem(CommonProblems.TooLong, "City", 60)], "City"));
            Assert.Null(forum.General([new Problem(CommonProblems.TooLong, "City", 60)]));
        }

        using (new CultureScope("zh-CN"))
        {
            Assert.Equal("最多 60 个字符。", forum.First([new Problem(CommonProblems.TooLong, "City", 60)]));
        }
    }

    private static string? Text(Type resource, string code, CultureInfo culture) =>
        new ResourceManager(resource).GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(code);

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test binaries");
    }
}
