using Incubator.Cohorts;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public static class CohortsApi
{
    public static IEndpointRouteBuilder MapCohortsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cohorts").WithTags("Cohorts").RequireAuthorization();
        api.MapGet("/", ListAsync).WithSummary("Cohorts (批次) of the incubators you can see, newest intake first; optionally of one incubator.");
        api.MapPost("/", OpenAsync).WithSummary("Open a cohort at an incubator: intake window, capacity, incubation period, screening criteria, favoured categories.");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("One cohort, with its criteria and the places taken.");
        api.MapGet("/{id:guid}/applications", ApplicationsAsync).WithSummary("Applications, highest total first (a representative sees only his own).");
        api.MapPost("/{id:guid}/applications", ApplyAsync).WithSummary("Apply to the cohort for an organization filed at its incubator, within the intake window.");
        api.MapPost("/{id:guid}/applications/{organizationId:guid}/scores", ScoreAsync).WithSummary("Score an application per criterion (0..5); total = Σ score × weight + favoured bonus.");
        api.MapPost("/{id:guid}/applications/{organizationId:guid}/decision", DecideAsync).WithSummary("Admit, waitlist or decline an application, with the reason; admission only while a place is free.");
        api.MapGet("/{id:guid}/board", BoardAsync).WithSummary("The cohort's organizations by board column with counts and overdue marks; filter by category, service domain and tier.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<CohortSummaryDto>>> ListAsync(ClaimsPrincipal user, CohortService cohorts, Guid? incubatorId) =>
        TypedResults.Ok(await cohorts.ListAsync(user, incubatorId));

    public static async Task<Created<CohortDto>> OpenAsync(ClaimsPrincipal user, CohortService cohorts, OpenCohortRequest request)
    {
        var opened = await cohorts.OpenAsync(user, request);
        return TypedResults.Created($"/api/cohorts/{opened.Id}", opened);
    }

    public static async Task<Ok<CohortDto>> GetAsync(ClaimsPrincipal user, CohortService cohorts, Guid id) =>
        TypedResults.Ok(await cohorts.GetAsync(user, id));

    public static async Task<Ok<IReadOnlyList<CohortApplicationDto>>> ApplicationsAsync(ClaimsPrincipal user, CohortService cohorts, Guid id) =>
        TypedResults.Ok(await cohorts.ApplicationsAsync(user, id));

    public static async Task<Created<CohortApplicationDto>> ApplyAsync(ClaimsPrincipal user, CohortService cohorts, Guid id, ApplyToCohortRequest request)
    {
        var application = await cohorts.ApplyAsync(user, id, request);
        return TypedResults.Created($"/api/cohorts/{id}/applications", application);
    }

    public static async Task<Ok<CohortApplicationDto>> ScoreAsync(
        ClaimsPrincipal user, CohortService cohorts, Guid id, Guid organizationId, ScoreApplicationRequest request) =>
        TypedResults.Ok(await cohorts.ScoreAsync(user, id, organizationId, request));

    public static async Task<Ok<CohortApplicationDto>> DecideAsync(
        ClaimsPrincipal user, CohortService cohorts, Guid id, Guid organizationId, DecideApplicationRequest request) =>
        TypedResults.Ok(await cohorts.DecideAsync(user, id, organizationId, request));

    public static async Task<Ok<CohortBoardDto>> BoardAsync(
        ClaimsPrincipal user, CohortService cohorts, Guid id, OrganizationCategory? category, ServiceDomain? serviceDomain, AreaLevel? tier) =>
        TypedResults.Ok(await cohorts.BoardAsync(user, id, new BoardFilter(category, serviceDomain, tier)));
}
