using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Infrastructure;

/// <summary>Posts the server-rendered account forms the way a browser does: antiforgery token and handler name included.</summary>
public sealed partial class FormClient(HttpClient client)
{
    public HttpClient Http { get; } = client;

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="path"/> with the antiforgery token read from
    /// <paramref name="formPage"/> (the same path unless given: a page that redirects on GET can still be posted to).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string? handler, IDictionary<string, string> fields, string? formPage = null)
    {
        formPage ??= path;
        using var page = await Http.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {formPage} (status {(int)page.StatusCode}).");
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        if (handler is not null)
        {
            form["_handler"] = handler;
        }

        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(path, content);
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Signs out the way the app bar's sign-out button does (a form post to the endpoint, not a Blazor form).</summary>
    public async Task SignOutAsync()
    {
        using var response = await PostFormAsync("/Account/Logout", null, new Dictionary<string, string> { ["returnUrl"] = "/" }, formPage: "/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Registers a new member, which also signs this client in as them.</summary>
    public async Task RegisterAsync(string email, string password, string displayName = "Test Member")
    {
        using var response = await PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Found, $"Registering {email} answered {(int)response.StatusCode}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
