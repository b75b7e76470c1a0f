namespace Incubator.Client.Inbox;

/// <summary>
/// One thing a representative is told, worded in the viewer's language: a decision (a timeline entry of his organization)
/// or something coming due (a checkpoint or a milestone). At is when it was told; Unread when after his last reading.
/// </summary>
public sealed record class NotificationDto(string Key, DateTimeOffset At, NotificationKind Kind, string Text, string Href, bool Unread);

/// <summary>Newest first, with the number not read yet.</summary>
public sealed record class NotificationsDto(int UnreadCount, IReadOnlyList<NotificationDto> Items);

public enum NotificationKind
{
    /// <summary>An application, admission, booking, funding request or graduation was decided.</summary>
    Decision = 0,
    /// <summary>A checkpoint or a support-plan milestone is due soon or overdue.</summary>
    Due = 1,
}
