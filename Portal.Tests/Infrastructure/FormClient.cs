using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Infrastructure;

/// <summary>Posts the server-rendered account forms the way a browser does: antiforgery token and handler name included.</summary>
public sealed partial class FormClient(HttpClient client)
{
    public HttpClient Http { get; } = client;

    public async Task<HttpResponseMessage> PostFormAsync(string path, string handler, IDictionary<string, string> fields)
    {
        using var page = await Http.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {path} (status {(int)page.StatusCode}).");
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(path, content);
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
