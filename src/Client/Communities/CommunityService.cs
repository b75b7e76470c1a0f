using Incubator.Communities;
using Incubator.Geography;
using Incubator.Venues;

namespace Incubator.Client.Communities;

/// <summary>
/// Communities, their stationed organizations and coverage, as a signed-in user may see and keep them (docs/domain.md §2, §3,
/// §7): a community worker his community, the manager of its incubator and administrators keep it; leaders and other
/// incubators of the area read it; everyone else gets 404. The API and the pages both go through here.
/// </summary>
public sealed class CommunityService(IClusterClient cluster, IMapper mapper, ScopeService scopes, TimeProvider time)
{
    public Task<GeographySnapshot> GeographyAsync() => cluster.GeographyAsync();

    public async Task<CommunityDto> GetAsync(ClaimsPrincipal user, Guid id)
    {
        (await scopes.ForAsync(user)).RequireReadableCommunity(id);
        return mapper.Map<CommunityDto>(await Community(id).GetAsync());
    }

    /// <summary>Whether the user keeps the community (the page shows its forms then).</summary>
    public async Task<bool> KeepsAsync(ClaimsPrincipal user, Guid id) => (await scopes.ForAsync(user)).CanKeepCommunity(id);

    public async Task<CommunityDto> UpdateProfileAsync(ClaimsPrincipal user, Guid id, CommunityProfileRequest request)
    {
        (await scopes.ForAsync(user)).RequireKeptCommunity(id);
        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<CommunityDto>(await Community(id).UpdateProfileAsync(command, user.Actor()));
    }

    public async Task<StationingDto> StartStationingAsync(ClaimsPrincipal user, Guid id, StationingRequest request)
    {
        (await scopes.ForAsync(user)).RequireKeptCommunity(id);
        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        // Only an organization the user can see: an id outside his scope reveals nothing.
        await scopes.ReadableAsync(user, command.OrganizationId, "organizationId");
        return mapper.Map<StationingDto>(await Community(id).StartStationingAsync(command, user.Actor()));
    }

    public async Task<StationingDto> EndStationingAsync(ClaimsPrincipal user, Guid id, Guid stationingId, EndStationingRequest request)
    {
        (await scopes.ForAsync(user)).RequireKeptCommunity(id);
        var command = new EndStationing(stationingId, request.EndedOn ?? default, request.Reason ?? "");
        DomainException.ThrowIfInvalid(command.Validate());
        return mapper.Map<StationingDto>(await Community(id).EndStationingAsync(command, user.Actor()));
    }

    /// <summary>Coverage of an area and its children; without an area, the user's own (the region for administrators).</summary>
    public async Task<CoverageReportDto> CoverageAsync(ClaimsPrincipal user, Guid? areaId)
    {
        var scope = await scopes.ForAsync(user);
        var area = AreaToRead(scope, areaId);
        var today = VenueTime.Today(time, scope.Geography.TimeZoneOf(area));
        return mapper.Map<CoverageReportDto>(await Directory.CoverageAsync(area, today, time.GetUtcNow()));
    }

    /// <summary>Certified social workers per 10,000 residents by year, for the area and every area below it.</summary>
    public async Task<IReadOnlyList<CertifiedRatioDto>> CertifiedRatiosAsync(ClaimsPrincipal user, Guid? areaId, int? fromYear, int? toYear)
    {
        var scope = await scopes.ForAsync(user);
        var area = AreaToRead(scope, areaId);
        var thisYear = VenueTime.Today(time, scope.Geography.TimeZoneOf(area)).Year;
        var to = toYear ?? thisYear;
        var from = fromYear ?? to;
        if (from < InputBounds.MinDate.Year || from > InputBounds.MaxDate.Year)
        {
            throw DomainException.Invalid(FieldError.OutOfRange("fromYear", InputBounds.MinDate.Year, InputBounds.MaxDate.Year));
        }

        if (to < InputBounds.MinDate.Year || to > InputBounds.MaxDate.Year)
        {
            throw DomainException.Invalid(FieldError.OutOfRange("toYear", InputBounds.MinDate.Year, InputBounds.MaxDate.Year));
        }

        return mapper.Map<IReadOnlyList<CertifiedRatioDto>>(await Directory.CertifiedRatiosAsync(area, from, to));
    }

    /// <summary>The stations serving the community, retired ones last.</summary>
    public async Task<IReadOnlyList<StationDto>> StationsAsync(ClaimsPrincipal user, Guid id)
    {
        (await scopes.ForAsync(user)).RequireReadableCommunity(id);
        var ids = await Directory.StationsServingAsync([id]);
        var stations = await Task.WhenAll(ids.Select(s => cluster.GetGrain<IStationGrain>(s).GetAsync()));
        return mapper.Map<IReadOnlyList<StationDto>>(stations.OfType<StationRecord>().OrderBy(s => s.Retired).ToArray());
    }

    /// <summary>The asked area when the user reads it (404 naming areaId otherwise); else his own area, the region for administrators.</summary>
    private static Guid? AreaToRead(UserScope scope, Guid? areaId)
    {
        if (areaId is { } id)
        {
            return scope.CanReadArea(id) ? id : throw DomainException.NoSuch("areaId", "area", id);
        }

        return scope.IsAdministrator ? null
            : scope.CommunityArea is { } own ? own
            : throw DomainException.NoSuch("areaId", "area", "");
    }

    private ICommunityGrain Community(Guid id) => cluster.GetGrain<ICommunityGrain>(id);

    private ICommunityDirectoryGrain Directory => cluster.GetGrain<ICommunityDirectoryGrain>(0);
}
