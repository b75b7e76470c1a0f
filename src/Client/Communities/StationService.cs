using Incubator.Client.Venues;
using Incubator.Communities;

namespace Incubator.Client.Communities;

/// <summary>
/// Social-work stations as a signed-in user may see and keep them: a station is read by whoever reads one of the communities
/// it serves, and kept (definition, rooms, projects) by whoever keeps one of them (docs/domain.md §7).
/// </summary>
public sealed class StationService(IClusterClient cluster, IMapper mapper, ScopeService scopes)
{
    public async Task<StationDto> GetAsync(ClaimsPrincipal user, Guid id) => mapper.Map<StationDto>(await ReadableAsync(user, id));

    public async Task<bool> KeepsAsync(ClaimsPrincipal user, StationDto station)
    {
        var scope = await scopes.ForAsync(user);
        return station.CommunityIds.Any(scope.CanKeepCommunity);
    }

    public async Task<StationDto> CreateAsync(ClaimsPrincipal user, StationRequest request)
    {
        await RequireMayDefineAsync(user, request);
        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<StationDto>(await Station(Guid.NewGuid()).CreateAsync(command, user.Actor()));
    }

    public async Task<StationDto> UpdateAsync(ClaimsPrincipal user, Guid id, StationRequest request)
    {
        await KeptAsync(user, id);
        await RequireMayDefineAsync(user, request);
        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<StationDto>(await Station(id).UpdateAsync(command, user.Actor()));
    }

    public async Task<StationDto> SetRetiredAsync(ClaimsPrincipal user, Guid id, bool retired)
    {
        await KeptAsync(user, id);
        return mapper.Map<StationDto>(await Station(id).SetRetiredAsync(retired, user.Actor()));
    }

    /// <summary>A new room: a venue space at an incubator of a served community, created for the station.</summary>
    public async Task<StationDto> AddRoomAsync(ClaimsPrincipal user, Guid id, SpaceRequest request)
    {
        await KeptAsync(user, id);
        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<StationDto>(await Station(id).AddRoomAsync(Guid.NewGuid(), command, user.Actor()));
    }

    /// <summary>An existing space of an incubator in a served community becomes a room; the space must be one the user can see.</summary>
    public async Task<StationDto> AttachRoomAsync(ClaimsPrincipal user, Guid id, Guid spaceId)
    {
        await KeptAsync(user, id);
        return mapper.Map<StationDto>(await Station(id).AttachRoomAsync(spaceId, user.Actor()));
    }

    public async Task<StationProjectDto> StartProjectAsync(ClaimsPrincipal user, Guid id, StationProjectRequest request)
    {
        await KeptAsync(user, id);
        var command = new StartStationProject(request.Title ?? "");
        DomainException.ThrowIfInvalid(command.Validate());
        return mapper.Map<StationProjectDto>(await Station(id).StartProjectAsync(Guid.NewGuid(), command, user.Actor()));
    }

    public async Task<StationProjectDto> RecordStepAsync(ClaimsPrincipal user, Guid id, Guid projectId, ProjectStepRequest request)
    {
        await KeptAsync(user, id);
        var (command, errors) = request.ToCommand(projectId);
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<StationProjectDto>(await Station(id).RecordProjectStepAsync(command, user.Actor()));
    }

    /// <summary>The station when the user reads one of its communities; otherwise 404.</summary>
    private async Task<StationRecord> ReadableAsync(ClaimsPrincipal user, Guid id)
    {
        var scope = await scopes.ForAsync(user);
        var station = await Station(id).GetAsync();
        return station is not null && station.CommunityIds.Any(scope.CanReadCommunity)
            ? station
            : throw DomainException.NoSuch("id", "station", id);
    }

    /// <summary>The station when the user keeps one of its communities: 404 outside his scope, 403 when he only reads it.</summary>
    private async Task<StationRecord> KeptAsync(ClaimsPrincipal user, Guid id)
    {
        var station = await ReadableAsync(user, id);
        UserScope.Require(station.CommunityIds.Any((await scopes.ForAsync(user)).CanKeepCommunity), ErrorCodes.CommunityKeeperOnly);
        return station;
    }

    /// <summary>Every served community must be one the user reads (400 naming communityIds otherwise), and he keeps one of them.</summary>
    /// <summary>
    /// Rights before the body's own rules: the communities named must be ones the caller sees (404) and keeps one of (403),
    /// so a caller who may not define the station learns nothing about the rest of his input. Without communities the
    /// body's rules say what is missing.
    /// </summary>
    private async Task RequireMayDefineAsync(ClaimsPrincipal user, StationRequest request)
    {
        var scope = await scopes.ForAsync(user);
        var communityIds = request.CommunityIds ?? [];
        if (communityIds.FirstOrDefault(c => !scope.CanReadCommunity(c)) is var unseen && unseen != Guid.Empty)
        {
            throw DomainException.NoSuch("communityIds", "community", unseen);
        }

        UserScope.Require(communityIds.Count == 0 || communityIds.Any(scope.CanKeepCommunity), ErrorCodes.CommunityKeeperOnly);
        if (request.OperatorOrganizationId is { } operatorId)
        {
            await scopes.ReadableAsync(user, operatorId, "operatorOrganizationId");
        }
    }

    private IStationGrain Station(Guid id) => cluster.GetGrain<IStationGrain>(id);
}
