using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

/// <summary>
/// Progressive delay keyed by client address and account, plus a per-account rate. Unlike a hard lockout, failures
/// from a stranger's address never make the real user wait; only the per-account rate is shared, and it forgets
/// within a minute. Kept in memory per Client process (bounded), clocked by <see cref="TimeProvider"/>.
/// </summary>
public sealed class LoginThrottle(TimeProvider time, IOptions<LoginLimitOptions> options) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) };

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _lock = new();

    private LoginLimitOptions Limits => options.Value;

    /// <summary>How long the caller must wait before this attempt may be tried; null when it may go ahead (and is counted).</summary>
    public TimeSpan? Admit(string address, string account)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_entries.Get<Failures>(PairKey(address, account)) is { } failures && failures.Epoch == Epoch(account)
                && failures.Count >= Limits.FreeFailures)
            {
                var wait = failures.Last + Delay(failures.Count) - now;
                if (wait > TimeSpan.Zero)
                {
                    return wait;
                }
            }

            var window = _entries.Get<AccountWindow>(AccountKey(account)) is { } current && now - current.Start < Window
                ? current
                : new AccountWindow(now, 0);
            if (window.Count >= Limits.PerAccountPerMinute)
            {
                return window.Start + Window - now;
            }

            _entries.Set(AccountKey(account), window with { Count = window.Count + 1 }, Entry);
            return null;
        }
    }

    public void Failed(string address, string account)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var key = PairKey(address, account);
            var failures = _entries.Get<Failures>(key) is { } known && known.Epoch == Epoch(account) ? known : new Failures(0, Epoch(account), now);
            _entries.Set(key, failures with { Count = failures.Count + 1, Last = now }, Entry);
        }
    }

    public void Succeeded(string address, string account)
    {
        lock (_lock)
        {
            _entries.Remove(PairKey(address, account));
        }
    }

    /// <summary>An administrator's unlock: every address starts again from zero for this account.</summary>
    public void Forget(string account)
    {
        lock (_lock)
        {
            _entries.Set(EpochKey(account), Epoch(account) + 1, Entry);
            _entries.Remove(AccountKey(account));
        }
    }

    public void Dispose() => _entries.Dispose();

    // Raised by each unlock: failures counted before it no longer count.
    private int Epoch(string account) => _entries.TryGetValue(EpochKey(account), out int epoch) ? epoch : 0;

    private TimeSpan Delay(int failures)
    {
        var exponent = Math.Min(failures - Limits.FreeFailures, 30);
        var delay = TimeSpan.FromSeconds(Math.Pow(2, exponent));
        return delay < Limits.MaxDelay ? delay : Limits.MaxDelay;
    }

    private static string PairKey(string address, string account) => "pair\n" + address + "\n" + account;

    private static string AccountKey(string account) => "account\n" + account;

    private static string EpochKey(string account) => "epoch\n" + account;

    private sealed record class Failures(int Count, int Epoch, DateTimeOffset Last);

    private sealed record class AccountWindow(DateTimeOffset Start, int Count);
}
