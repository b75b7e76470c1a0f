using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Communities;

/// <summary>
/// A community's own record (docs/domain.md §3): its profile with every change kept, and the organizations stationed in it.
/// The read models (incubator.community_profiles, community_residents_history, stationings) and the organization's timeline
/// are written after the state.
/// </summary>
public sealed class CommunityGrain(
    [PersistentState("community", StorageNames.Incubator)] IPersistentState<CommunityState> state,
    CommunityReadModel readModel,
    TimelineWriter timeline,
    DomainClock clock) : Grain, ICommunityGrain
{
    private Guid Id => this.GetPrimaryKey();

    private CommunityState S => state.State;

    public async Task<CommunityRecord> GetAsync()
    {
        var (community, geography) = await CommunityAsync();
        return ToRecord(community, geography);
    }

    public async Task<CommunityRecord> UpdateProfileAsync(CommunityProfile profile, Actor actor)
    {
        var (community, geography) = await CommunityAsync();
        DomainException.ThrowIfInvalid(profile?.Validate() ?? [FieldError.Required("profile")]);
        var updated = profile!.Normalized();
        var changes = updated.ChangesFrom(S.Profile);
        if (changes.Count == 0)
        {
            return ToRecord(community, geography);
        }

        var now = clock.UtcNow;
        S.Profile = updated;
        S.UpdatedAt = now;
        S.UpdatedBy = actor.DisplayName;
        S.History.Add(new CommunityChange(now, actor.UserId, actor.DisplayName, CommunityChangeKind.ProfileChanged, changes, null, null, null, null));
        await state.WriteStateAsync();

        var subdistrictId = community.ParentId!.Value;
        var year = VenueTime.ToLocal(now, geography.TimeZoneOf(Id)).Year;
        await readModel.UpsertProfileAsync(Id, subdistrictId, geography.DistrictOf(Id)!.Id, updated, year, now);
        return ToRecord(community, geography);
    }

    public async Task<StationingRecord> StartStationingAsync(StartStationing command, Actor actor)
    {
        var (community, geography) = await CommunityAsync();
        DomainException.ThrowIfInvalid(command?.Validate() ?? [FieldError.Required("organizationId")]);
        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command!.OrganizationId).GetAsync()
            ?? throw DomainException.NoSuchInput("organizationId", "organization", command.OrganizationId);
        if (organization.Stage == OrganizationStage.Exited)
        {
            throw DomainException.Conflict("organizationId", ErrorCodes.StationingExited, ErrorArg.Text("organization", organization.Name));
        }

        // Held by the community's own incubator: a graduate arrives there through an accepted Stationing hand-off.
        if (geography.FindIncubator(organization.IncubatorId)?.AreaId != Id)
        {
            throw DomainException.Invalid("organizationId", ErrorCodes.StationingNotHeld, ErrorArg.Text("organization", organization.Name), ErrorArg.Text("community", community.Name));
        }

        if (S.Stationings.Any(s => s.OrganizationId == organization.Id && s.IsActive))
        {
            throw DomainException.Conflict("organizationId", ErrorCodes.StationingActive, ErrorArg.Text("organization", organization.Name));
        }

        string? spaceName = null;
        if (command.SpaceId is { } spaceId)
        {
            var space = await GrainFactory.GetGrain<ISpaceGrain>(spaceId).GetAsync()
                ?? throw DomainException.NoSuchInput("spaceId", "space", spaceId);
            if (geography.FindIncubator(space.IncubatorId)?.AreaId != Id)
            {
                throw DomainException.Invalid("spaceId", ErrorCodes.SpaceOutsideCommunity, ErrorArg.Text("space", space.Name));
            }

            spaceName = space.Name;
        }

        var now = clock.UtcNow;
        var stationing = new StationingRecord(
            Guid.NewGuid(), Id, organization.Id, organization.Name, command.StartsOn, command.EndsOn, command.SpaceId, spaceName,
            command.Note?.Trim() ?? "", now, actor.DisplayName, null, null);
        S.Stationings.Add(stationing);
        S.History.Add(new CommunityChange(now, actor.UserId, actor.DisplayName, CommunityChangeKind.StationingStarted, [], stationing.Id, organization.Id, organization.Name, stationing.Note));
        await state.WriteStateAsync();

        await readModel.UpsertStationingAsync(stationing);
        await timeline.AppendAsync(organization.Id, TimelineAction.Stationed, actor,
        [
            TimelineArgument.Id(TimelineArgs.AreaId, Id),
            TimelineArgument.Date(TimelineArgs.StartsOn, stationing.StartsOn),
            TimelineArgument.Date(TimelineArgs.EndsOn, stationing.EndsOn),
            TimelineArgument.Text(TimelineArgs.Note, stationing.Note),
            .. spaceName is null ? Array.Empty<TimelineArgument>() : [TimelineArgument.Text(TimelineArgs.Space, spaceName), TimelineArgument.Text(TimelineArgs.Variant, "space")],
        ]);
        return stationing;
    }

    public async Task<StationingRecord> EndStationingAsync(EndStationing command, Actor actor)
    {
        await CommunityAsync();
        DomainException.ThrowIfInvalid(command?.Validate() ?? [FieldError.Required("stationingId")]);
        var index = S.Stationings.FindIndex(s => s.Id == command!.StationingId);
        if (index < 0)
        {
            throw DomainException.NoSuch("stationingId", "stationing", command!.StationingId);
        }

        var stationing = S.Stationings[index];
        if (stationing.EndedOn is { } endedOn)
        {
            throw DomainException.Conflict("stationingId", ErrorCodes.StationingOver, ErrorArg.Date("endedOn", endedOn));
        }

        if (command!.EndedOn < stationing.StartsOn)
        {
            throw DomainException.Invalid("endedOn", ErrorCodes.EndsBeforeStart);
        }

        var now = clock.UtcNow;
        var ended = stationing with { EndedOn = command.EndedOn, EndReason = command.Reason.Trim() };
        S.Stationings[index] = ended;
        S.History.Add(new CommunityChange(now, actor.UserId, actor.DisplayName, CommunityChangeKind.StationingEnded, [], ended.Id, ended.OrganizationId, ended.OrganizationName, ended.EndReason));
        await state.WriteStateAsync();

        await readModel.UpsertStationingAsync(ended);
        await timeline.AppendAsync(ended.OrganizationId, TimelineAction.StationingEnded, actor,
        [
            TimelineArgument.Id(TimelineArgs.AreaId, Id),
            TimelineArgument.Date(TimelineArgs.On, command.EndedOn),
            TimelineArgument.Text(TimelineArgs.Reason, ended.EndReason!),
        ]);
        return ended;
    }

    private async Task<(AreaRecord Community, GeographySnapshot Geography)> CommunityAsync()
    {
        var geography = await GrainFactory.GeographyAsync();
        return geography.FindArea(Id) is { Level: AreaLevel.Community } community
            ? (community, geography)
            : throw DomainException.NoSuch("communityId", "community", Id);
    }

    private CommunityRecord ToRecord(AreaRecord community, GeographySnapshot geography) => new(
        Id, community.Name, community.ParentId ?? Guid.Empty, geography.DistrictOf(Id)?.Id ?? Guid.Empty,
        S.Profile, S.UpdatedAt, S.UpdatedBy,
        Enumerable.Reverse(S.History).ToArray(),
        Enumerable.Reverse(S.Stationings).ToArray());
}
