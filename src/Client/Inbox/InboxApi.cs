using Incubator.Client.Organizations;

namespace Incubator.Client.Inbox;

public static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api", "Inbox");
        api.MapGet("/inbox", (ClaimsPrincipal user, InboxService inbox) => inbox.InboxAsync(user))
            .WithSummary("What needs you: graduation reviews, checkpoints due or overdue, hand-offs waiting.");
        api.MapGet("/notifications", (ClaimsPrincipal user, NotificationService notifications) => notifications.ListAsync(user))
            .WithSummary("What a representative is told, newest first, in your language: decisions on his organization's requests and what comes due; with the unread count.");
        api.MapPost("/notifications/read", (ClaimsPrincipal user, NotificationService notifications) => notifications.MarkReadAsync(user))
            .WithSummary("Mark every notification told until now as read; returns the notifications.");
        api.MapGet("/review-tasks", (ClaimsPrincipal user, OrganizationService organizations) => organizations.ReviewTasksAsync(user))
            .WithSummary("Open graduation reviews at the incubators you can see, soonest due first.");
        return app;
    }
}
