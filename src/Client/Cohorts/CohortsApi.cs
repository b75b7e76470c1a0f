using Incubator.Cohorts;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public static class CohortsApi
{
    public static IEndpointRouteBuilder MapCohortsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/cohorts", "Cohorts");
        api.MapGet("/", (ClaimsPrincipal user, CohortService cohorts, Guid? incubatorId) => cohorts.ListAsync(user, incubatorId))
            .WithSummary("Cohorts (批次) of the incubators you can see, newest intake first; optionally of one incubator.");
        api.MapPost("/", (ClaimsPrincipal user, CohortService cohorts, OpenCohortRequest request) =>
                cohorts.OpenAsync(user, request).CreatedAt(opened => $"/api/cohorts/{opened.Id}"))
            .Idempotent().WithSummary("Open a cohort at an incubator: intake window, capacity, incubation period, screening criteria, favoured categories.");
        api.MapGet("/{id:guid}", (ClaimsPrincipal user, CohortService cohorts, Guid id) => cohorts.GetAsync(user, id))
            .WithSummary("One cohort, with its criteria and the places taken.");
        api.MapGet("/{id:guid}/applications", (ClaimsPrincipal user, CohortService cohorts, Guid id) => cohorts.ApplicationsAsync(user, id))
            .WithSummary("Applications, highest total first (a representative sees only his own).");
        api.MapPost("/{id:guid}/applications", (ClaimsPrincipal user, CohortService cohorts, Guid id, ApplyToCohortRequest request) =>
                cohorts.ApplyAsync(user, id, request).CreatedAt(_ => $"/api/cohorts/{id}/applications"))
            .Idempotent().WithSummary("Apply to the cohort for an organization filed at its incubator, within the intake window.");
        api.MapPost("/{id:guid}/applications/{organizationId:guid}/scores",
                (ClaimsPrincipal user, CohortService cohorts, Guid id, Guid organizationId, ScoreApplicationRequest request) =>
                    cohorts.ScoreAsync(user, id, organizationId, request))
            .WithSummary("Score an application per criterion (0..5); total = Σ score × weight + favoured bonus.");
        api.MapPost("/{id:guid}/applications/{organizationId:guid}/decision",
                (ClaimsPrincipal user, CohortService cohorts, Guid id, Guid organizationId, DecideApplicationRequest request) =>
                    cohorts.DecideAsync(user, id, organizationId, request))
            .WithSummary("Admit, waitlist or decline an application, with the reason; admission only while a place is free.");
        api.MapGet("/{id:guid}/board",
                (ClaimsPrincipal user, CohortService cohorts, Guid id, OrganizationCategory? category, ServiceDomain? serviceDomain, AreaLevel? tier) =>
                    cohorts.BoardAsync(user, id, new BoardFilter(category, serviceDomain, tier)))
            .WithSummary("The cohort's organizations by board column with counts and overdue marks; filter by category, service domain and tier.");
        return app;
    }
}
