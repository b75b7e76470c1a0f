using Incubator.Client.Organizations;

namespace Incubator.Client.Graduation;

public static class GraduationApi
{
    public static IEndpointRouteBuilder MapGraduationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations/{id:guid}").WithTags("Graduation").RequireAuthorization();
        api.MapGet("/graduation-gate", GateAsync).WithSummary("The composite graduation gate: computed and recorded items.");
        api.MapPost("/graduation-gate/items", RecordItemAsync).WithSummary("Record a gate item the platform cannot compute (governance, finances, services).");
        api.MapPost("/graduation-decision", DecideAsync).WithSummary("Graduated, Extended (once, 1-6 months) or Exited, with reasons.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<GateItemDto>>> GateAsync(ClaimsPrincipal user, GraduationService graduation, Guid id) =>
        TypedResults.Ok(await graduation.GraduationGateAsync(user, id));

    public static async Task<Ok<IReadOnlyList<GateItemDto>>> RecordItemAsync(ClaimsPrincipal user, GraduationService graduation, Guid id, ReviewItemRequest request) =>
        TypedResults.Ok(await graduation.RecordReviewItemAsync(user, id, request));

    public static async Task<Ok<OrganizationDto>> DecideAsync(ClaimsPrincipal user, GraduationService graduation, Guid id, GraduationDecisionRequest request) =>
        TypedResults.Ok(await graduation.DecideGraduationAsync(user, id, request));
}
