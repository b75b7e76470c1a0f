using Incubator.Client.Organizations;

namespace Incubator.Client.Inbox;

public static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/inbox", InboxAsync).WithTags("Inbox").RequireAuthorization()
            .WithSummary("What needs you: graduation reviews, checkpoints due or overdue, hand-offs waiting.");
        app.MapGet("/api/review-tasks", ReviewTasksAsync).WithTags("Inbox").RequireAuthorization()
            .WithSummary("Open graduation reviews at the incubators you can see, soonest due first.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<InboxItemDto>>> InboxAsync(ClaimsPrincipal user, InboxService inbox) =>
        TypedResults.Ok(await inbox.InboxAsync(user));

    public static async Task<Ok<IReadOnlyList<ReviewTaskDto>>> ReviewTasksAsync(ClaimsPrincipal user, OrganizationService organizations) =>
        TypedResults.Ok(await organizations.ReviewTasksAsync(user));
}
