using System.Diagnostics;
using System.Globalization;
using System.Net;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Data;

/// <summary>
/// SIGTERM, as a service manager or container runtime sends it, on the real Portal process: the host stops cleanly
/// (exit code 0) and the engagement signals still in the buffer reach the database before it exits.
/// </summary>
public sealed class ShutdownTests
{
    private const int SignIns = 5;

    [Fact]
    public async Task Sigterm_writes_the_buffered_engagement_signals_and_exits_cleanly()
    {
        var directory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "portal.db");
        File.Copy(await DatabaseTemplates.DemoAppAsync(), database);
        var port = KestrelStart.FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        // Only rows newer than the copy's: at start the app prunes raw events past retention, and the template's oldest
        // may cross that line while the suite runs, so a plain count can drop between two reads.
        var newest = await SqliteFile.CountAsync(database, "SELECT COALESCE(MAX(Id), 0) FROM EngagementEvents");
        var count = $"SELECT COUNT(*) FROM EngagementEvents WHERE Kind = 'account.signed_in' AND Id > {newest.ToString(CultureInfo.InvariantCulture)}";

        using var portal = Start(directory, address);
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address };
            // A browser's user agent: requests without one count as a crawler's and record nothing.
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36");
            await WaitUntilUpAsync(portal, http);
            var forms = new FormClient(http);
            for (var i = 0; i < SignIns; i++)
            {
                using var signIn = await forms.SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password);
                Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
            }

            // The writer flushes a minute after the first signal in this run (a second normally), so the signals are still buffered when the signal lands.
            Assert.Equal(0, await SqliteFile.CountAsync(database, count));
            using (var kill = Process.Start("kill", ["-TERM", portal.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await portal.WaitForExitAsync(exited.Token);
            Assert.Equal(0, portal.ExitCode);
            var after = await SqliteFile.CountAsync(database, count);
            Assert.True(after == SignIns, $"{after} of {SignIns} sign-ins stored; the log:\n{output}");
        }
        finally
        {
            if (!portal.HasExited)
            {
                portal.Kill(entireProcessTree: true);
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private readonly System.Text.StringBuilder output = new();

    private Process Start(string dataDirectory, Uri address)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Portal.dll"),
            "--urls", address.ToString(),
            "--environment", "Testing",
            "--Portal:DataDirectory=" + dataDirectory,
            "--Portal:PublicBaseUrl=" + address,
            "--Portal:Backups:Enabled=false",
            "--Portal:AccountPostsPerMinute=1000",
            "--Portal:Engagement:FlushInterval=00:01:00",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        // Drain the output so a chatty log never blocks the process on a full pipe.
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Collect(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is { } text)
        {
            lock (output)
            {
                output.AppendLine(text);
            }
        }
    }

    /// <summary>A cold process start (JIT, migrations check, a loaded machine) gets a minute; a process that dies fails at once.</summary>
    private async Task WaitUntilUpAsync(Process portal, HttpClient http)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(portal.HasExited, $"Portal exited before answering: {output}");
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("Portal did not answer /healthz within 90 s.");
    }
}
