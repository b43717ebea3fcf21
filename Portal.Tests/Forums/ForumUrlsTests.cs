using Portal.Domain;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

public sealed class ForumUrlsTests
{
    [Fact]
    public void Posts_link_to_the_page_that_holds_them()
    {
        Assert.Equal("/forums/t/7/winter#post-20", ForumUrls.Post(7, "winter", 20));
        Assert.Equal("/forums/t/7/winter?page=2#post-21", ForumUrls.Post(7, "winter", 21));
        Assert.Equal(ForumUrls.Post(7, "winter", 45), new PostLocation(7, "winter", 0, 45).Url);
    }

    [Fact]
    public void Query_values_are_escaped_and_defaults_left_out()
    {
        Assert.Equal("/forums/charging-range?tag=%E7%BB%AD%E8%88%AA%20%26%20more", ForumUrls.BoardTag("charging-range", "续航 & more"));
        Assert.Equal("/forums/search?q=a%2Bb", ForumUrls.SearchFor("a+b"));
        Assert.Equal("/events", UrlQuery.Append("/events", ("view", null), ("page", null)));
        Assert.Equal("/events?city=X&page=2", UrlQuery.Append("/events", ("view", null), ("city", "X"), ("page", "2")));
    }
}
