namespace Portal.Tests.Infrastructure;

/// <summary>Browser tests share one app and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
