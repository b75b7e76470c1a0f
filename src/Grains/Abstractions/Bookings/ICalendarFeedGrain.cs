namespace Incubator.Bookings;

/// <summary>
/// The secret address of a calendar feed: an organization's bookings (key <c>organization/{id}</c>) or a space's
/// (<c>space/{id}</c>). Only a hash of the secret is kept; a new secret replaces the old one at once.
/// </summary>
public interface ICalendarFeedGrain : IGrainWithStringKey
{
    public static string KeyOf(CalendarFeedKind kind, Guid id) => $"{kind.ToString().ToLowerInvariant()}/{id:N}";

    /// <summary>Since when the current secret is valid; null when no feed was made yet.</summary>
    Task<DateTimeOffset?> GetActiveSinceAsync();

    /// <summary>Keeps <paramref name="secretHash"/> (SHA-256 of the new secret) in place of the old one.</summary>
    Task<DateTimeOffset> ReplaceSecretAsync(byte[] secretHash, DateTimeOffset at);

    /// <summary>Whether <paramref name="secretHash"/> is the current secret's hash, compared in constant time.</summary>
    Task<bool> AcceptsAsync(byte[] secretHash);
}

/// <summary>Whose bookings a feed shows. Stored in the grain key by name: never rename.</summary>
public enum CalendarFeedKind
{
    Organization = 0,
    Space = 1,
}
