using Incubator.Client.Organizations;

namespace Incubator.Client.HandOffs;

public static class HandOffsApi
{
    public static IEndpointRouteBuilder MapHandOffsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations/{id:guid}/hand-off").WithTags("HandOffs").RequireAuthorization();
        api.MapPost("/", RequestHandOffAsync).WithSummary("Promote one tier up or station a graduate into a community; the receiving manager decides.");
        api.MapPost("/decision", DecideHandOffAsync).WithSummary("The receiving manager accepts or declines a waiting hand-off.");
        return app;
    }

    public static async Task<Ok<OrganizationDto>> RequestHandOffAsync(ClaimsPrincipal user, HandOffService handOffs, Guid id, HandOffRequest request) =>
        TypedResults.Ok(await handOffs.RequestHandOffAsync(user, id, request));

    public static async Task<Ok<OrganizationDto>> DecideHandOffAsync(ClaimsPrincipal user, HandOffService handOffs, Guid id, HandOffDecisionRequest request) =>
        TypedResults.Ok(await handOffs.DecideHandOffAsync(user, id, request));
}
