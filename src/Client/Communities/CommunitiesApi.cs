using Incubator.Client.Venues;

namespace Incubator.Client.Communities;

public static class CommunitiesApi
{
    public static IEndpointRouteBuilder MapCommunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/communities", "Communities");
        api.MapGet("/coverage", (ClaimsPrincipal user, CommunityService communities, Guid? areaId) => communities.CoverageAsync(user, areaId))
            .WithSummary("Coverage of an area (default: your own; the region for administrators) and of each area one level down: stations, stationed organizations, certified social workers per 10,000 residents, open needs, matched by the due date, communities without station, certified social worker or space.");
        api.MapGet("/certified-ratios", (ClaimsPrincipal user, CommunityService communities, Guid? areaId, int? fromYear, int? toYear) =>
                communities.CertifiedRatiosAsync(user, areaId, fromYear, toYear))
            .WithSummary("Certified social workers per 10,000 residents for the area and every area below it, in each year (default: this year), on that year's residents.");
        api.MapGet("/{id:guid}", (ClaimsPrincipal user, CommunityService communities, Guid id) => communities.GetAsync(user, id))
            .WithSummary("A community (社区/嘎查/村): its profile, every change to it and its stationing agreements.");
        api.MapPut("/{id:guid}/profile", (ClaimsPrincipal user, CommunityService communities, Guid id, CommunityProfileRequest request) =>
                communities.UpdateProfileAsync(user, id, request))
            .WithSummary("Record the community's profile: residents' committee, residents and households, target groups, space; the history keeps every changed field.");
        api.MapGet("/{id:guid}/stations", (ClaimsPrincipal user, CommunityService communities, Guid id) => communities.StationsAsync(user, id))
            .WithSummary("The social-work stations serving the community.");
        api.MapPost("/{id:guid}/stationings", (ClaimsPrincipal user, CommunityService communities, Guid id, StationingRequest request) =>
                communities.StartStationingAsync(user, id, request).CreatedAt(created => $"/api/communities/{id}"))
            .Idempotent().WithSummary("Station an organization held by the community's incubator in the community (进驻社区): agreement period and space.");
        api.MapPost("/{id:guid}/stationings/{stationingId:guid}/end", (ClaimsPrincipal user, CommunityService communities, Guid id, Guid stationingId, EndStationingRequest request) =>
                communities.EndStationingAsync(user, id, stationingId, request))
            .WithSummary("End an organization's stay in the community, with the day and the reason.");

        var stations = app.MapFeature("/api/stations", "Stations");
        stations.MapPost("/", (ClaimsPrincipal user, StationService service, StationRequest request) =>
                service.CreateAsync(user, request).CreatedAt(created => $"/api/stations/{created.Id}"))
            .Idempotent().WithSummary("Open a social-work station (社会工作服务站) serving one or more communities of a district, run by an organization or by the community.");
        stations.MapGet("/{id:guid}", (ClaimsPrincipal user, StationService service, Guid id) => service.GetAsync(user, id))
            .WithSummary("A station: communities, operator, staff, opening hours, rooms and projects.");
        stations.MapPut("/{id:guid}", (ClaimsPrincipal user, StationService service, Guid id, StationRequest request) => service.UpdateAsync(user, id, request))
            .WithSummary("Change a station's definition; rooms and projects stay.");
        stations.MapPost("/{id:guid}/retire", (ClaimsPrincipal user, StationService service, Guid id) => service.SetRetiredAsync(user, id, true))
            .WithSummary("Retire the station: kept for history, no longer counted by coverage.");
        stations.MapPost("/{id:guid}/rooms", (ClaimsPrincipal user, StationService service, Guid id, SpaceRequest request) =>
                service.AddRoomAsync(user, id, request).CreatedAt(created => $"/api/stations/{created.Id}"))
            .Idempotent().WithSummary("Add a room: a new space at an incubator of a served community, bookable like any space.");
        stations.MapPost("/{id:guid}/rooms/{spaceId:guid}", (ClaimsPrincipal user, StationService service, Guid id, Guid spaceId) => service.AttachRoomAsync(user, id, spaceId))
            .WithSummary("Make an existing space of an incubator in a served community one of the station's rooms.");
        stations.MapPost("/{id:guid}/projects", (ClaimsPrincipal user, StationService service, Guid id, StationProjectRequest request) =>
                service.StartProjectAsync(user, id, request).CreatedAt(created => $"/api/stations/{id}"))
            .Idempotent().WithSummary("Open a project at the station (项目取向); its steps follow in order.");
        stations.MapPost("/{id:guid}/projects/{projectId:guid}/steps", (ClaimsPrincipal user, StationService service, Guid id, Guid projectId, ProjectStepRequest request) =>
                service.RecordStepAsync(user, id, projectId, request))
            .WithSummary("Record the project's next step (needs survey, target groups, design, resident participation, outcome), dated and owned.");
        return app;
    }
}
