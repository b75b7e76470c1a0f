using System.Security.Cryptography;
using Incubator.Common;

namespace Incubator.Bookings;

public sealed class CalendarFeedGrain(
    [PersistentState("calendarFeed", StorageNames.Incubator)] IPersistentState<CalendarFeedState> state) : Grain, ICalendarFeedGrain
{
    public Task<DateTimeOffset?> GetActiveSinceAsync() => Task.FromResult(state.State.SecretHash is null ? null : state.State.Since);

    public async Task<DateTimeOffset> ReplaceSecretAsync(byte[] secretHash, DateTimeOffset at)
    {
        if (secretHash.Length != SHA256.HashSizeInBytes)
        {
            throw new ArgumentException("A SHA-256 hash is 32 bytes.", nameof(secretHash));
        }

        state.State.SecretHash = secretHash;
        state.State.Since = at;
        await state.WriteStateAsync();
        return at;
    }

    public Task<bool> AcceptsAsync(byte[] secretHash) =>
        Task.FromResult(state.State.SecretHash is { } current && CryptographicOperations.FixedTimeEquals(current, secretHash));
}

/// <summary>Persisted state of <see cref="CalendarFeedGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.CalendarFeedState")]
public sealed class CalendarFeedState
{
    /// <summary>SHA-256 of the current secret; the secret itself is only ever in the answer that made it.</summary>
    [Id(0)] public byte[]? SecretHash { get; set; }

    [Id(1)] public DateTimeOffset? Since { get; set; }
}
