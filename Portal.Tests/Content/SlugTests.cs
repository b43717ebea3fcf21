using Portal.Domain.Content;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Tests.Content;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Winter range on the Vela", "winter-range-on-the-vela")]
    [InlineData("  OTA 2.4: what's new?! ", "ota-2-4-what-s-new")]
    [InlineData("Zürich meet-up", "zurich-meet-up")]
    [InlineData("Straße, Ærøskøbing, Đakovo, Crème brûlée", "strasse-aeroskobing-dakovo-creme-brulee")]
    [InlineData("Zu\u0308rich", "zurich")]
    [InlineData("冬季续航", "dong-ji-xu-hang")]
    [InlineData("深圳 Vela 车主聚会", "shen-zhen-vela-che-zhu-ju-hui")]
    [InlineData("Vela冬季Range", "vela-dong-ji-range")]
    public void Titles_become_lower_case_ascii_words(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title, "thread", 80));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!… — ### ***")]
    public void Nothing_left_gives_the_fallback(string title) =>
        Assert.Equal("event", Slug.From(title, "event", 80));

    [Fact]
    public void The_maximum_length_cuts_between_words()
    {
        Assert.Equal("winter-range", Slug.From("Winter range on the Vela", "thread", 14));
        Assert.Equal("dong-ji-xu", Slug.From("冬季续航", "thread", 12));
    }

    [Fact]
    public void A_single_word_longer_than_the_maximum_is_cut()
    {
        Assert.Equal("abcdefghij", Slug.From("abcdefghijklmnop", "thread", 10));
    }

    [Fact]
    public void Threads_and_events_keep_their_own_fallbacks_and_lengths()
    {
        Assert.Equal("thread", ForumThread.SlugFor("？！"));
        Assert.Equal("event", OwnerEvent.SlugFor("？！"));
        Assert.True(ForumThread.SlugFor(string.Concat(Enumerable.Repeat("续航", 100))).Length <= ForumThread.SlugMaxLength);
        Assert.Equal("shang-hai-che-zhu-dong-ji-jian-mian-hui", OwnerEvent.SlugFor("上海车主冬季见面会"));
    }
}
