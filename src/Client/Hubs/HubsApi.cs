namespace Incubator.Client.Hubs;

public static class HubsApi
{
    public static IEndpointRouteBuilder MapHubsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/organizations/{id:guid}/hub", "Hub organizations");
        api.MapGet("/", (ClaimsPrincipal user, HubService hubs, Guid id) => hubs.GetAsync(user, id))
            .WithSummary("Whether the organization is a hub/support organization (枢纽型、支持型社会组织), the organizations it supports and the hubs that support it.");
        api.MapPost("/", (ClaimsPrincipal user, HubService hubs, Guid id) => hubs.SetHubAsync(user, id, true))
            .WithSummary("Flag the organization as a hub/support organization.");
        api.MapDelete("/", (ClaimsPrincipal user, HubService hubs, Guid id) => hubs.SetHubAsync(user, id, false))
            .WithSummary("Clear the hub flag; refused (409) while the hub still supports organizations.");
        api.MapPost("/supported/{supportedId:guid}", (ClaimsPrincipal user, HubService hubs, Guid id, Guid supportedId) => hubs.LinkAsync(user, id, supportedId))
            .WithSummary("The hub starts supporting another organization; both show the link. Refused for a non-hub (409) and for the hub itself (400).");
        api.MapDelete("/supported/{supportedId:guid}", (ClaimsPrincipal user, HubService hubs, Guid id, Guid supportedId) => hubs.UnlinkAsync(user, id, supportedId))
            .WithSummary("The hub stops supporting the organization; both sides drop the link.");
        return app;
    }
}
