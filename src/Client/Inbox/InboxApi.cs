using Incubator.Client.Organizations;

namespace Incubator.Client.Inbox;

public static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api", "Inbox");
        api.MapGet("/inbox", (ClaimsPrincipal user, InboxService inbox) => inbox.InboxAsync(user))
            .WithSummary("What needs you: graduation reviews, checkpoints due or overdue, hand-offs waiting.");
        api.MapGet("/review-tasks", (ClaimsPrincipal user, OrganizationService organizations) => organizations.ReviewTasksAsync(user))
            .WithSummary("Open graduation reviews at the incubators you can see, soonest due first.");
        return app;
    }
}
