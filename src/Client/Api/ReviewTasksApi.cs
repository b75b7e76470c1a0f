using System.Security.Claims;
using Incubator.Client.Mapping;
using Incubator.Client.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Incubator.Client.Api;

public static class ReviewTasksApi
{
    public static IEndpointRouteBuilder MapReviewTasksApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/review-tasks", ListAsync)
            .WithTags("Organizations")
            .WithSummary("Open graduation reviews at the incubators you can see, soonest due first.")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ReviewTaskDto>>> ListAsync(ClaimsPrincipal user, OrganizationService organizations) =>
        TypedResults.Ok(await organizations.ReviewTasksAsync(user));
}
