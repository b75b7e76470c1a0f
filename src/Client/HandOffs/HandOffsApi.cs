namespace Incubator.Client.HandOffs;

public static class HandOffsApi
{
    public static IEndpointRouteBuilder MapHandOffsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/organizations/{id:guid}/hand-off", "HandOffs");
        api.MapPost("/", (ClaimsPrincipal user, HandOffService handOffs, Guid id, HandOffRequest request) => handOffs.RequestHandOffAsync(user, id, request))
            .WithSummary("Promote one tier up or station a graduate into a community; the receiving manager decides.");
        api.MapPost("/decision", (ClaimsPrincipal user, HandOffService handOffs, Guid id, HandOffDecisionRequest request) =>
                handOffs.DecideHandOffAsync(user, id, request))
            .WithSummary("The receiving manager accepts or declines a waiting hand-off.");
        return app;
    }
}
