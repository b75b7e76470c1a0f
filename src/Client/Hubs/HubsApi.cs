
namespace Incubator.Client.Hubs;

public static class HubsApi
{
    public static IEndpointRouteBuilder MapHubsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations/{id:guid}/hub").WithTags("Hub organizations").RequireAuthorization();
        api.MapGet("/", GetAsync)
            .WithSummary("Whether the organization is a hub/support organization (枢纽型、支持型社会组织), the organizations it supports and the hubs that support it.");
        api.MapPost("/", FlagAsync).WithSummary("Flag the organization as a hub/support organization.");
        api.MapDelete("/", ClearFlagAsync).WithSummary("Clear the hub flag; refused (409) while the hub still supports organizations.");
        api.MapPost("/supported/{supportedId:guid}", LinkAsync)
            .WithSummary("The hub starts supporting another organization; both show the link. Refused for a non-hub (409) and for the hub itself (400).");
        api.MapDelete("/supported/{supportedId:guid}", UnlinkAsync).WithSummary("The hub stops supporting the organization; both sides drop the link.");
        return app;
    }

    public static async Task<Ok<HubLinksDto>> GetAsync(ClaimsPrincipal user, HubService hubs, Guid id) =>
        TypedResults.Ok(await hubs.GetAsync(user, id));

    public static async Task<Ok<HubLinksDto>> FlagAsync(ClaimsPrincipal user, HubService hubs, Guid id) =>
        TypedResults.Ok(await hubs.SetHubAsync(user, id, true));

    public static async Task<Ok<HubLinksDto>> ClearFlagAsync(ClaimsPrincipal user, HubService hubs, Guid id) =>
        TypedResults.Ok(await hubs.SetHubAsync(user, id, false));

    public static async Task<Ok<HubLinksDto>> LinkAsync(ClaimsPrincipal user, HubService hubs, Guid id, Guid supportedId) =>
        TypedResults.Ok(await hubs.LinkAsync(user, id, supportedId));

    public static async Task<Ok<HubLinksDto>> UnlinkAsync(ClaimsPrincipal user, HubService hubs, Guid id, Guid supportedId) =>
        TypedResults.Ok(await hubs.UnlinkAsync(user, id, supportedId));
}
