using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Communities;

/// <summary>
/// A social-work station (docs/domain.md §7): the communities it serves (one district), who runs it, staff, hours, rooms
/// (venue spaces at incubators of those communities) and its projects step by step. Writes incubator.stations after its state.
/// </summary>
public sealed class StationGrain(
    [PersistentState("station", StorageNames.Incubator)] IPersistentState<StationState> state,
    CommunityReadModel readModel,
    TimelineWriter timeline,
    DomainClock clock) : Grain, IStationGrain
{
    private Guid Id => this.GetPrimaryKey();

    private StationRecord Station => state.State.Station ?? throw DomainException.NoSuch("stationId", "station", Id);

    public async Task<StationRecord> CreateAsync(DefineStation definition, Actor actor)
    {
        if (state.State.Station is not null)
        {
            throw DomainException.Conflict("id", ErrorCodes.AlreadyExists, ErrorArg.Noun("thing", "station"), ErrorArg.Text("id", Id));
        }

        var (normalized, districtId, operatorName) = await CheckAsync(definition);
        state.State.Station = new StationRecord(
            Id, normalized.Name, districtId, normalized.CommunityIds, normalized.OperatorOrganizationId, operatorName,
            normalized.StaffSocialWorkerIds, normalized.OpeningHours, [], [], false, clock.UtcNow, actor.DisplayName);
        await SaveAsync();
        await RecordOperatorAsync(null, actor);
        return Station;
    }

    public async Task<StationRecord> UpdateAsync(DefineStation definition, Actor actor)
    {
        var before = Station;
        var (normalized, districtId, operatorName) = await CheckAsync(definition);
        state.State.Station = before with
        {
            Name = normalized.Name,
            DistrictId = districtId,
            CommunityIds = normalized.CommunityIds,
            OperatorOrganizationId = normalized.OperatorOrganizationId,
            OperatorName = operatorName,
            StaffSocialWorkerIds = normalized.StaffSocialWorkerIds,
            OpeningHours = normalized.OpeningHours,
        };
        await SaveAsync();
        await RecordOperatorAsync(before.OperatorOrganizationId, actor);
        return Station;
    }

    public Task<StationRecord?> GetAsync() => Task.FromResult(state.State.Station);

    public async Task<StationRecord> SetRetiredAsync(bool retired, Actor actor)
    {
        if (Station.Retired != retired)
        {
            state.State.Station = Station with { Retired = retired };
            await SaveAsync();
        }

        return Station;
    }

    public async Task<StationRecord> AddRoomAsync(Guid spaceId, DefineSpace room, Actor actor)
    {
        var station = Station;
        DomainException.ThrowIfInvalid(room?.Validate() ?? [FieldError.Required("incubatorId")]);
        var geography = await GrainFactory.GeographyAsync();
        if (geography.FindIncubator(room!.IncubatorId) is not { } incubator || !station.CommunityIds.Contains(incubator.AreaId))
        {
            throw DomainException.Invalid("incubatorId", ErrorCodes.SpaceOutsideCommunity, ErrorArg.Text("space", room.Name));
        }

        // The space grain keeps the room's bookings like any space's; the station only lists it. A retried call finds the
        // space already created under the same id and attaches it.
        var space = await GrainFactory.GetGrain<ISpaceGrain>(spaceId).GetAsync()
            ?? await GrainFactory.GetGrain<ISpaceGrain>(spaceId).CreateAsync(room, actor);
        return await AttachAsync(space, geography);
    }

    public async Task<StationRecord> AttachRoomAsync(Guid spaceId, Actor actor)
    {
        _ = Station;
        var space = await GrainFactory.GetGrain<ISpaceGrain>(spaceId).GetAsync()
            ?? throw DomainException.NoSuchInput("spaceId", "space", spaceId);
        return await AttachAsync(space, await GrainFactory.GeographyAsync());
    }

    public async Task<StationProjectRecord> StartProjectAsync(Guid projectId, StartStationProject command, Actor actor)
    {
        var station = Station;
        DomainException.ThrowIfInvalid(command?.Validate() ?? [FieldError.Required("title")]);
        if (station.Projects.FirstOrDefault(p => p.Id == projectId) is { } existing)
        {
            return existing;
        }

        var project = new StationProjectRecord(projectId, command!.Title.Trim(), clock.UtcNow, actor.DisplayName, []);
        state.State.Station = station with { Projects = [.. station.Projects, project] };
        await SaveAsync();
        return project;
    }

    public async Task<StationProjectRecord> RecordProjectStepAsync(RecordProjectStep command, Actor actor)
    {
        var station = Station;
        DomainException.ThrowIfInvalid(command?.Validate() ?? [FieldError.Required("projectId")]);
        var project = station.Projects.FirstOrDefault(p => p.Id == command!.ProjectId)
            ?? throw DomainException.NoSuch("projectId", "project", command!.ProjectId);
        if (project.NextStep is not { } next)
        {
            throw DomainException.Conflict("step", ErrorCodes.ProjectFinished);
        }

        if (command!.Step != next)
        {
            throw DomainException.Conflict("step", ErrorCodes.ProjectStepOrder, ErrorArg.Label("expected", next));
        }

        if (project.Steps.Count > 0 && command.On < project.Steps[^1].On)
        {
            throw DomainException.Invalid("on", ErrorCodes.ProjectStepDate, ErrorArg.Date("date", project.Steps[^1].On));
        }

        var step = new ProjectStepRecord(
            command.Step, command.On, command.Owner.Trim(), command.Summary.Trim(), command.TargetGroups ?? [],
            command.Step == ProjectStep.ResidentParticipation ? command.ResidentFundingSharePercent : null,
            command.Step == ProjectStep.ResidentParticipation ? command.Volunteers : null,
            (command.UniversityPartners ?? []).Select(p => p.Trim()).Distinct().ToArray(),
            command.Step == ProjectStep.Outcome ? command.ResidentsServed : null,
            clock.UtcNow, actor.DisplayName);
        var updated = project with { Steps = [.. project.Steps, step] };
        state.State.Station = station with { Projects = station.Projects.Select(p => p.Id == project.Id ? updated : p).ToArray() };
        await SaveAsync();
        return updated;
    }

    private async Task<StationRecord> AttachAsync(SpaceRecord space, GeographySnapshot geography)
    {
        var station = Station;
        if (geography.FindIncubator(space.IncubatorId) is not { } incubator || !station.CommunityIds.Contains(incubator.AreaId))
        {
            throw DomainException.Invalid("spaceId", ErrorCodes.SpaceOutsideCommunity, ErrorArg.Text("space", space.Name));
        }

        if (!station.RoomSpaceIds.Contains(space.Id))
        {
            state.State.Station = station with { RoomSpaceIds = [.. station.RoomSpaceIds, space.Id] };
            await SaveAsync();
        }

        return Station;
    }

    /// <summary>The definition checked against the geography (served communities, one district) and the operating organization.</summary>
    private async Task<(DefineStation Definition, Guid DistrictId, string? OperatorName)> CheckAsync(DefineStation definition)
    {
        DomainException.ThrowIfInvalid(definition?.Validate() ?? [FieldError.Required("name")]);
        var normalized = definition!.Normalized();
        var geography = await GrainFactory.GeographyAsync();
        foreach (var communityId in normalized.CommunityIds)
        {
            if (geography.FindArea(communityId) is not { Level: AreaLevel.Community })
            {
                throw DomainException.NoSuchInput("communityIds", "community", communityId);
            }
        }

        var districts = normalized.CommunityIds.Select(c => geography.DistrictOf(c)!.Id).Distinct().ToArray();
        if (districts.Length != 1)
        {
            throw DomainException.Invalid("communityIds", ErrorCodes.StationOneDistrict);
        }

        string? operatorName = null;
        if (normalized.OperatorOrganizationId is { } operatorId)
        {
            var organization = await GrainFactory.GetGrain<IOrganizationGrain>(operatorId).GetAsync()
                ?? throw DomainException.NoSuchInput("operatorOrganizationId", "organization", operatorId);
            operatorName = organization.Name;
        }

        return (normalized, districts[0], operatorName);
    }

    /// <summary>A new operator's timeline says it runs the station.</summary>
    private async Task RecordOperatorAsync(Guid? previousOperator, Actor actor)
    {
        if (Station.OperatorOrganizationId is { } operatorId && operatorId != previousOperator)
        {
            await timeline.AppendAsync(operatorId, TimelineAction.StationOperated, actor, TimelineArgument.Text(TimelineArgs.Name, Station.Name));
        }
    }

    private async Task SaveAsync()
    {
        await state.WriteStateAsync();
        await readModel.UpsertStationAsync(Station);
    }
}
