using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ActivityFanout;

/// <summary>
/// The clients in a second process (this bench started again with <c>clients</c>), as phones and kiosks would be:
/// the server's process only serves, though both still share the machine's cores. The child talks over its standard
/// streams: it prints <c>connected {seconds}</c>, waits for <c>collect {seconds} {file}</c>, writes its latencies
/// (doubles, in the machine's byte order) to the file, prints <c>done {expected}</c>, and stays connected until its
/// input closes.
/// </summary>
internal sealed class ChildProcessFleet : IClientFleet
{
    public const string ClientsCommand = "clients";

    private readonly Process process;
    private readonly string latencyFile = Path.Combine(Path.GetTempPath(), $"fanout-{Guid.NewGuid():N}.bin");

    private ChildProcessFleet(Process process) => this.process = process;

    public string Where => "second process";

    public TimeSpan ConnectTime { get; private set; }

    public static async Task<ChildProcessFleet> ConnectAsync(Uri baseAddress, string kind, int count, int messages)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcessFleet).Assembly.Location);
        }

        foreach (var argument in new[] { ClientsCommand, baseAddress.ToString(), kind, Invariant(count), Invariant(messages) })
        {
            start.ArgumentList.Add(argument);
        }

        var fleet = new ChildProcessFleet(Process.Start(start) ?? throw new InvalidOperationException("The client process did not start."));
        fleet.ConnectTime = TimeSpan.FromSeconds(double.Parse(await fleet.ReadLineAsync("connected"), CultureInfo.InvariantCulture));
        return fleet;
    }

    /// <summary>The child's side: connect, report, wait for the parent's word, hand back the latencies.</summary>
    public static async Task RunChildAsync(string[] args)
    {
        await using var clients = ClientSet.Create(args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        var connectTime = await clients.ConnectAsync(new Uri(args[1]));
        Console.WriteLine(Invariant($"connected {connectTime.TotalSeconds}"));
        var command = (await Console.In.ReadLineAsync())?.Split(' ') ?? throw new InvalidOperationException("The parent closed the pipe.");
        var latencies = await clients.Recorder.CollectAsync(TimeSpan.FromSeconds(double.Parse(command[1], CultureInfo.InvariantCulture)));
        await File.WriteAllBytesAsync(command[2], MemoryMarshal.AsBytes(latencies.AsSpan()).ToArray());
        Console.WriteLine(Invariant($"done {clients.Recorder.Expected}"));
        await Console.In.ReadLineAsync(); // stay connected while the parent times its own writes
    }

    public async Task<(double[] Latencies, int Missing)> CollectAsync(TimeSpan timeout)
    {
        await process.StandardInput.WriteLineAsync(Invariant($"collect {timeout.TotalSeconds} {latencyFile}"));
        var expected = int.Parse(await ReadLineAsync("done"), CultureInfo.InvariantCulture);
        var latencies = MemoryMarshal.Cast<byte, double>(await File.ReadAllBytesAsync(latencyFile)).ToArray();
        File.Delete(latencyFile);
        return (latencies, expected - latencies.Length);
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task<string> ReadLineAsync(string word)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return line[(word.Length + 1)..];
            }
        }

        await process.WaitForExitAsync();
        throw new InvalidOperationException($"The client process ended before '{word}' (exit code {process.ExitCode}).");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
