using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Accounts;

/// <summary>
/// Sign-in throttling that stops guessing without letting anyone lock a member out (ASVS 6.3.5, V2.2.1). Failures are
/// counted per account (the email as typed, known or not, so nothing tells whether an address is registered) and per
/// client address. After <see cref="AccountOptions.FreeSignInFailures"/> failures an account's next attempt from an
/// unknown device waits a delay that doubles with each further failure, up to <see cref="AccountOptions.MaxSignInDelay"/>;
/// the member's known device (one they signed in on before) is never delayed by the account's count, a successful sign-in
/// or password reset clears it. An address past <see cref="AccountOptions.AddressFailuresPerWindow"/> failures in
/// <see cref="AccountOptions.AddressWindow"/> waits for the window to end, whichever accounts it tries (credential
/// stuffing). Counts live in this node's memory: a restart forgives them.
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<AccountOptions> options, TimeProvider clock)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Failures> addresses = new(StringComparer.Ordinal);

    /// <summary>How long the attempt must wait, or null when it may go ahead (the password is then checked).</summary>
    public TimeSpan? WaitBefore(string email, string address, bool knownDevice)
    {
        var now = clock.GetUtcNow();
        var o = options.CurrentValue;
        if (addresses.TryGetValue(address, out var byAddress) && byAddress.Count >= o.AddressFailuresPerWindow && now - byAddress.First < o.AddressWindow)
        {
            return byAddress.First + o.AddressWindow - now;
        }

        if (knownDevice || !accounts.TryGetValue(Key(email), out var byAccount) || byAccount.Count < o.FreeSignInFailures)
        {
            return null;
        }

        var doublings = Math.Min(byAccount.Count - o.FreeSignInFailures, 20);
        var delay = TimeSpan.FromTicks(Math.Min(o.FirstSignInDelay.Ticks << doublings, o.MaxSignInDelay.Ticks));
        var wait = byAccount.Last + delay - now;
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>A wrong password (or unknown email) from this address.</summary>
    public void Failed(string email, string address)
    {
        var now = clock.GetUtcNow();
        var window = options.CurrentValue.AddressWindow;
        accounts.AddOrUpdate(Key(email), _ => new Failures(1, now, now), (_, f) => f with { Count = f.Count + 1, Last = now });
        addresses.AddOrUpdate(address, _ => new Failures(1, now, now), (_, f) => now - f.First >= window ? new Failures(1, now, now) : f with { Count = f.Count + 1, Last = now });
        Prune(now);
    }

    /// <summary>The right password, or a completed password reset: the account's count starts again.</summary>
    public void Cleared(string email) => accounts.TryRemove(Key(email), out _);

    private static string Key(string email) => email.Trim();

    private void Prune(DateTimeOffset now)
    {
        var o = options.CurrentValue;
        var keep = o.MaxSignInDelay > o.AddressWindow ? o.MaxSignInDelay : o.AddressWindow;
        foreach (var map in new[] { accounts, addresses }.Where(m => m.Count > PruneAbove))
        {
            foreach (var (key, failures) in map.Where(e => now - e.Value.Last > keep * 2))
            {
                map.TryRemove(new KeyValuePair<string, Failures>(key, failures));
            }
        }
    }

    private sealed record Failures(int Count, DateTimeOffset First, DateTimeOffset Last);
}
