using Incubator.Geography;

namespace Incubator.Client.Geography;

public static class GeographyApi
{
    public static IEndpointRouteBuilder MapGeographyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/geography").WithTags("Geography");
        api.MapGet("/", GetAsync).WithSummary("Districts, subdistricts, communities and their incubators.").RequireAuthorization();
        api.MapPost("/areas", AddAreaAsync).WithSummary("Add a district, a subdistrict (in a district) or a community (in a subdistrict).")
            .RequireAuthorization(AccountsSetup.AdministratorsOnly).Idempotent();
        api.MapPut("/areas/{id:guid}", ChangeAreaAsync).WithSummary("Rename an area, set its time zone and GB/T 2260 division code, or retire it.")
            .RequireAuthorization(AccountsSetup.AdministratorsOnly);
        api.MapPut("/incubators/{id:guid}", ChangeIncubatorAsync).WithSummary("Rename an incubator or retire it.")
            .RequireAuthorization(AccountsSetup.AdministratorsOnly);
        api.MapPost("/incubators", AddIncubatorAsync).WithSummary("Open an incubator in an area; its tier is the area's level.")
            .RequireAuthorization(AccountsSetup.AdministratorsOnly).Idempotent();
        return app;
    }

    public static async Task<Ok<GeographyDto>> GetAsync(IClusterClient cluster, IMapper mapper) =>
        TypedResults.Ok(mapper.Map<GeographyDto>(await cluster.GeographyAsync()));

    public static async Task<Created<AreaDto>> AddAreaAsync(ClaimsPrincipal user, IClusterClient cluster, IMapper mapper, NewAreaRequest request)
    {
        var area = await cluster.GetGrain<IGeographyGrain>(IGeographyGrain.Key)
            .AddAreaAsync(request.Name ?? "", request.Level ?? (AreaLevel)(-1), request.ParentId, user.Actor());
        return TypedResults.Created($"/api/geography/areas/{area.Id}", mapper.Map<AreaDto>(area));
    }

    public static async Task<Ok<AreaDto>> ChangeAreaAsync(ClaimsPrincipal user, IClusterClient cluster, IMapper mapper, Guid id, ChangeAreaRequest request) =>
        TypedResults.Ok(mapper.Map<AreaDto>(await cluster.GetGrain<IGeographyGrain>(IGeographyGrain.Key).ChangeAreaAsync(
            id, new AreaChange(request.Name ?? "", request.TimeZoneId, request.DivisionCode, request.Retired ?? false), user.Actor())));

    public static async Task<Ok<IncubatorDto>> ChangeIncubatorAsync(ClaimsPrincipal user, IClusterClient cluster, IMapper mapper, Guid id, ChangeIncubatorRequest request) =>
        TypedResults.Ok(mapper.Map<IncubatorDto>(await cluster.GetGrain<IGeographyGrain>(IGeographyGrain.Key).ChangeIncubatorAsync(
            id, request.Name ?? "", request.Retired ?? false, user.Actor())));

    public static async Task<Created<IncubatorDto>> AddIncubatorAsync(ClaimsPrincipal user, IClusterClient cluster, IMapper mapper, NewIncubatorRequest request)
    {
        var incubator = await cluster.GetGrain<IGeographyGrain>(IGeographyGrain.Key)
            .AddIncubatorAsync(request.Name ?? "", request.AreaId ?? Guid.Empty, user.Actor());
        return TypedResults.Created($"/api/geography/incubators/{incubator.Id}", mapper.Map<IncubatorDto>(incubator));
    }
}

public sealed record class NewAreaRequest(string? Name, AreaLevel? Level, Guid? ParentId);

public sealed record class NewIncubatorRequest(string? Name, Guid? AreaId);

public sealed record class ChangeAreaRequest(string? Name, string? TimeZoneId, string? DivisionCode, bool? Retired);

public sealed record class ChangeIncubatorRequest(string? Name, bool? Retired);
