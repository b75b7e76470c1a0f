using Incubator.Client.Timeline;
using Incubator.Inbox;
using Incubator.SupportPlans;
using Incubator.Timeline;
using Incubator.Venues;
using Microsoft.Extensions.Localization;

namespace Incubator.Client.Inbox;

/// <summary>
/// The notification centre of an organization's representative. Nothing is stored twice: decisions are his organization's
/// timeline entries (codes and arguments, worded by <see cref="TimelineRenderer"/>), due items are its open checkpoint
/// items in the inbox and its support-plan milestones; only how far he has read is kept (<see cref="INotificationsReadGrain"/>).
/// Other roles have no notifications: their work comes through the inbox.
/// </summary>
public sealed class NotificationService(
    IClusterClient cluster, ScopeService scopes, TimelineRenderer renderer, IStringLocalizer<UiText> text, AreaClock clock, TimeProvider time)
{
    /// <summary>Milestones are told this many days before they are due.</summary>
    public const int MilestoneNoticeDays = 7;

    private const int MaxDecisions = 50;

    /// <summary>The timeline actions a representative is told about: decisions others took on his organization's requests.</summary>
    public static readonly IReadOnlyList<TimelineAction> ToldActions =
    [
        TimelineAction.AdmittedByCohort, TimelineAction.Waitlisted, TimelineAction.Declined, TimelineAction.PromotedFromWaitlist,
        TimelineAction.Admitted, TimelineAction.Extended, TimelineAction.Graduated, TimelineAction.Exited,
        TimelineAction.BookingApproved, TimelineAction.BookingDeclined, TimelineAction.NoShowReleased,
        TimelineAction.FundingApproved, TimelineAction.FundingDeclined, TimelineAction.ContractAwarded, TimelineAction.TranchePaid,
        TimelineAction.CheckpointOverdue,
    ];

    public async Task<NotificationsDto> ListAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.OwnOrganizationId is not { } organizationId)
        {
            return new(0, []);
        }

        var organization = await scopes.ReadableAsync(user, organizationId);
        var lastRead = await Reader(user).GetLastReadAsync();
        bool Unread(DateTimeOffset toldAt) => lastRead is not { } read || toldAt > read;
        var now = time.GetUtcNow();
        var items = new List<NotificationDto>();

        var decisions = await cluster.GetGrain<ITimelineGrain>(organizationId).GetOfActionsAsync(ToldActions, MaxDecisions);
        foreach (var entry in await renderer.RenderAsync(decisions))
        {
            var href = entry.Action is TimelineAction.BookingApproved or TimelineAction.BookingDeclined or TimelineAction.NoShowReleased
                ? $"organizations/{organizationId}/bookings"
                : $"organizations/{organizationId}";
            items.Add(new($"timeline:{entry.Id}", entry.At, NotificationKind.Decision, entry.Text, href, Unread(entry.At)));
        }

        var checkpoints = (await cluster.GetGrain<IInboxGrain>(0).OpenItemsAsync([organization.IncubatorId], null))
            .Where(i => i.OrganizationId == organizationId && i.Kind is InboxKind.CheckpointDue or InboxKind.CheckpointOverdue)
            .GroupBy(i => i.Key.Split(':').Last())
            .Select(g => g.OrderByDescending(i => i.Kind).First());
        foreach (var item in checkpoints)
        {
            var key = item.DueAt < now ? "Notice.CheckpointOverdue" : "Notice.CheckpointDue";
            var due = item.DueAt is { } at ? clock.Date(at) : "—";
            items.Add(new($"inbox:{item.Key}", item.CreatedAt, NotificationKind.Due, text[key, due].Value, $"organizations/{organizationId}", Unread(item.CreatedAt)));
        }

        var today = clock.Today;
        foreach (var milestone in await cluster.GetGrain<ISupportPlanGrain>(organizationId).GetMilestonesAsync())
        {
            if (milestone.Status == MilestoneStatus.Done || milestone.DueDate > today.AddDays(MilestoneNoticeDays))
            {
                continue;
            }

            // Told when the notice period began (or when it was added inside it), so reading once marks it read.
            var toldAt = VenueTime.ToUtc(milestone.DueDate.AddDays(-MilestoneNoticeDays), TimeOnly.MinValue, clock.TimeZoneId) ?? now;
            toldAt = Max(toldAt, milestone.UpdatedAt);
            var key = milestone.DueDate < today ? "Notice.MilestoneOverdue" : "Notice.MilestoneDue";
            items.Add(new($"milestone:{milestone.Id:N}", toldAt, NotificationKind.Due, text[key, milestone.Title, clock.Date(milestone.DueDate)].Value,
                $"organizations/{organizationId}", Unread(toldAt)));
        }

        var ordered = items.OrderByDescending(i => i.At).ThenBy(i => i.Key, StringComparer.Ordinal).ToArray();
        return new(ordered.Count(i => i.Unread), ordered);
    }

    /// <summary>Everything told until now is read.</summary>
    public async Task<NotificationsDto> MarkReadAsync(ClaimsPrincipal user)
    {
        if ((await scopes.ForAsync(user)).OwnOrganizationId is not null)
        {
            await Reader(user).MarkReadAsync(time.GetUtcNow());
        }

        return await ListAsync(user);
    }

    private INotificationsReadGrain Reader(ClaimsPrincipal user) => cluster.GetGrain<INotificationsReadGrain>(user.Actor().UserId);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
