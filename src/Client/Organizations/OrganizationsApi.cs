using Incubator.Client.Timeline;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Client.Organizations;

public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").WithTags("Organizations").RequireAuthorization();
        api.MapGet("/", SearchAsync).WithSummary("Organizations you can see, paged; search matches name, credit code or filing number.");
        api.MapPost("/", FileAsync).WithSummary("File (备案) an organization at an incubator.");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("One organization.");
        api.MapGet("/{id:guid}/timeline", TimelineAsync).WithSummary("Changes to the organization, newest first, a page at a time: who, when, what (structured and as text in your language); pass next as before.");
        api.MapPost("/{id:guid}/admission", AdmitAsync).WithSummary("Admit into incubation; schedules the graduation review at the period's end.");
        api.MapPost("/{id:guid}/registration", RegisterAsync).WithSummary("Record the unified social credit code when registration with civil affairs arrives (备案 → 登记).");
        api.MapPost("/{id:guid}/exit", ExitAsync).WithSummary("The organization leaves incubation (退出), with the reason.");
        app.MapGet("/api/pipeline", PipelineAsync).WithTags("Organizations").RequireAuthorization()
            .WithSummary("Organizations by stage and tier across a district's incubators.");
        return app;
    }

    public static async Task<Ok<PageDto<OrganizationSummaryDto>>> SearchAsync(
        ClaimsPrincipal user,
        OrganizationService organizations,
        Guid? incubatorId,
        string? search,
        OrganizationSort? sort,
        bool? descending,
        int? page,
        int? pageSize) =>
        TypedResults.Ok(await organizations.SearchAsync(
            user, incubatorId, search, sort ?? OrganizationSort.Name, descending ?? false, page ?? 1, pageSize ?? 20));

    public static async Task<Created<OrganizationDto>> FileAsync(ClaimsPrincipal user, OrganizationService organizations, FileOrganizationRequest request)
    {
        var filed = await organizations.FileAsync(user, request);
        return TypedResults.Created($"/api/organizations/{filed.Id}", filed);
    }

    public static async Task<Ok<OrganizationDto>> GetAsync(ClaimsPrincipal user, OrganizationService organizations, Guid id) =>
        TypedResults.Ok(await organizations.GetAsync(user, id));

    public static async Task<Ok<TimelinePageDto>> TimelineAsync(ClaimsPrincipal user, OrganizationService organizations, Guid id, string? before, int? pageSize) =>
        TypedResults.Ok(await organizations.TimelineAsync(user, id, before, pageSize ?? TimelinePage.DefaultSize));

    public static async Task<Ok<OrganizationDto>> AdmitAsync(ClaimsPrincipal user, OrganizationService organizations, Guid id, AdmitOrganizationRequest request) =>
        TypedResults.Ok(await organizations.AdmitAsync(user, id, request));

    public static async Task<Ok<OrganizationDto>> RegisterAsync(ClaimsPrincipal user, OrganizationService organizations, Guid id, RegisterOrganizationRequest request) =>
        TypedResults.Ok(await organizations.RegisterAsync(user, id, request));

    public static async Task<Ok<OrganizationDto>> ExitAsync(ClaimsPrincipal user, OrganizationService organizations, Guid id, ExitOrganizationRequest request) =>
        TypedResults.Ok(await organizations.ExitAsync(user, id, request));

    public static async Task<Ok<PipelineDto>> PipelineAsync(ClaimsPrincipal user, PipelineService pipeline, Guid? districtId) =>
        TypedResults.Ok(await pipeline.PipelineAsync(user, districtId));
}
