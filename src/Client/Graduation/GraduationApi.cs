namespace Incubator.Client.Graduation;

public static class GraduationApi
{
    public static IEndpointRouteBuilder MapGraduationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/organizations/{id:guid}", "Graduation");
        api.MapGet("/graduation-gate", (ClaimsPrincipal user, GraduationService graduation, Guid id) => graduation.GraduationGateAsync(user, id))
            .WithSummary("The composite graduation gate: computed and recorded items.");
        api.MapPost("/graduation-gate/items", (ClaimsPrincipal user, GraduationService graduation, Guid id, ReviewItemRequest request) =>
                graduation.RecordReviewItemAsync(user, id, request))
            .WithSummary("Record a gate item the platform cannot compute (governance, finances, services).");
        api.MapPost("/graduation-decision", (ClaimsPrincipal user, GraduationService graduation, Guid id, GraduationDecisionRequest request) =>
                graduation.DecideGraduationAsync(user, id, request))
            .WithSummary("Graduated, Extended (once, 1-6 months) or Exited, with reasons.");
        return app;
    }
}
