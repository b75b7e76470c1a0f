namespace Incubator.Inbox;

/// <summary>
/// How far one account (keyed by its user id) has read its notifications: everything told up to <c>LastReadAt</c> is read.
/// Notifications themselves are not stored twice: they are the organization's timeline entries and due items.
/// </summary>
public interface INotificationsReadGrain : IGrainWithStringKey
{
    Task<DateTimeOffset?> GetLastReadAsync();

    /// <summary>Marks read what was told up to <paramref name="upTo"/>; never moves back.</summary>
    Task MarkReadAsync(DateTimeOffset upTo);
}
