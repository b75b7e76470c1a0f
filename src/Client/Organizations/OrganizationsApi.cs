using System.ComponentModel.DataAnnotations;
using Incubator.Client.Timeline;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Client.Organizations;

public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/organizations", "Organizations");
        api.MapGet("/", SearchAsync).WithSummary(
            "Organizations you can see, a page at a time; search matches any part of the name, or the start of the credit code or filing number. "
            + "Pass a page's next (or previous) as cursor, with the same sort and descending, for the following (or preceding) page; "
            + "each page costs the same however far in. totalCount is exact without search; with search it counts up to 100 "
            + "and totalCountIsLowerBound says there are more. page (deprecated) skips pages by offset and cannot be combined with cursor.");
        api.MapPost("/", (ClaimsPrincipal user, OrganizationService organizations, FileOrganizationRequest request) =>
                organizations.FileAsync(user, request).CreatedAt(filed => $"/api/organizations/{filed.Id}"))
            .Idempotent().WithSummary("File (备案) an organization at an incubator.");
        api.MapGet("/{id:guid}", (ClaimsPrincipal user, OrganizationService organizations, Guid id) => organizations.GetAsync(user, id))
            .WithSummary("One organization.");
        api.MapPatch("/{id:guid}", (ClaimsPrincipal user, OrganizationService organizations, Guid id, EditOrganizationRequest request) =>
                organizations.EditAsync(user, id, request))
            .WithSummary("Change the name (the old one is kept in formerNames), service domains or contacts; fields left out are kept. "
                + "The name and service domains are the manager's; the representative may change the contacts. Each change goes on the timeline.");
        api.MapGet("/{id:guid}/timeline", (ClaimsPrincipal user, OrganizationService organizations, Guid id, string? before, int? pageSize) =>
                organizations.TimelineAsync(user, id, before, pageSize ?? TimelinePage.DefaultSize))
            .WithSummary("Changes to the organization, newest first, a page at a time: who, when, what (structured and as text in your language); pass next as before.");
        api.MapPost("/{id:guid}/admission", (ClaimsPrincipal user, OrganizationService organizations, Guid id, AdmitOrganizationRequest request) =>
                organizations.AdmitAsync(user, id, request))
            .WithSummary("Admit into incubation; schedules the graduation review at the period's end.");
        api.MapPost("/{id:guid}/registration", (ClaimsPrincipal user, OrganizationService organizations, Guid id, RegisterOrganizationRequest request) =>
                organizations.RegisterAsync(user, id, request))
            .WithSummary("Record the unified social credit code when registration with civil affairs arrives (备案 → 登记).");
        api.MapPost("/{id:guid}/exit", (ClaimsPrincipal user, OrganizationService organizations, Guid id, ExitOrganizationRequest request) =>
                organizations.ExitAsync(user, id, request))
            .WithSummary("The organization leaves incubation (退出), with the reason.");
        app.MapFeature("/api/pipeline", "Organizations").MapGet("/", (ClaimsPrincipal user, PipelineService pipeline, Guid? districtId) => pipeline.PipelineAsync(user, districtId))
            .WithSummary("Organizations by stage and tier across a district's incubators.");
        return app;
    }

    public static async Task<Ok<OrganizationPageDto>> SearchAsync(
        ClaimsPrincipal user,
        OrganizationService organizations,
        Guid? incubatorId,
        [MaxLength(OrganizationQuery.MaxSearchLength)] string? search,
        OrganizationSort? sort,
        bool? descending,
        [Range(1, int.MaxValue)] int? page,
        [Range(1, OrganizationQuery.MaxPageSize)] int? pageSize,
        string? cursor) =>
        TypedResults.Ok(await organizations.SearchAsync(
            user, incubatorId, search, sort ?? OrganizationSort.Name, descending ?? false, page ?? 1, pageSize ?? 20, cursor));
}
