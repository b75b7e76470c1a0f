using Incubator.Inbox;

namespace Incubator.Client.Inbox;

/// <summary>
/// The counts the navigation shows (open inbox items, booking requests waiting, unread notifications), for one circuit.
/// The layout reloads them on every navigation; a page that changes one (reading notifications, deciding a booking)
/// calls <see cref="RefreshAsync"/> so the badge follows at once.
/// </summary>
public sealed class NavCounts(InboxService inbox, NotificationService notifications)
{
    public int InboxItems { get; private set; }

    public int BookingRequests { get; private set; }

    public int UnreadNotifications { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            (InboxItems, BookingRequests, UnreadNotifications) = (0, 0, 0);
            return;
        }

        var items = await inbox.InboxAsync(user);
        InboxItems = items.Count;
        BookingRequests = items.Count(i => i.Kind == InboxKind.BookingRequest);
        UnreadNotifications = user.Role() == Roles.OrganizationRepresentative ? (await notifications.ListAsync(user)).UnreadCount : 0;
        Changed?.Invoke();
    }
}
