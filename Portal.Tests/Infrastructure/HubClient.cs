using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Portal.Activity;
using Portal.Domain.Seeding;

namespace Portal.Tests.Infrastructure;

/// <summary>The real SignalR .NET client on WebSockets against <c>/hubs/activity</c>, signed in with the cookie a browser would have.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly Channel<ActivityMessage> received = Channel.CreateUnbounded<ActivityMessage>();
    private readonly List<ActivityMessage> seen = [];

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<ActivityMessage>(nameof(IActivityClient.Activity), message => received.Writer.TryWrite(message));
    }

    public HubConnection Connection { get; }

    public static async Task<HubClient> ConnectAsync(Uri baseAddress, string? email = null)
    {
        var cookies = new CookieContainer();
        if (email is not null)
        {
            using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
            using var http = new HttpClient(handler) { BaseAddress = baseAddress };
            using var response = await new FormClient(http).SignInAsync(email, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        }

        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, ActivityHub.Path), options =>
            {
                options.Cookies = cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        var client = new HubClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task JoinAsync(string group) => Connection.InvokeAsync(nameof(ActivityHub.Join), group);

    /// <summary>The first message (already received or arriving within <see cref="Eventually.Timeout"/>) that matches.</summary>
    public async Task<ActivityMessage> WaitForAsync(Func<ActivityMessage, bool> match, string what)
    {
        await Eventually.TrueAsync(() => Received().Any(match), what);
        return Received().First(match);
    }

    /// <summary>Everything received so far.</summary>
    public IReadOnlyList<ActivityMessage> Received()
    {
        Drain();
        return seen;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private void Drain()
    {
        while (received.Reader.TryRead(out var message))
        {
            seen.Add(message);
        }
    }
}
