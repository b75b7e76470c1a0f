using Incubator.Common;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Hubs;

public sealed class HubLinksGrain(
    [PersistentState("hubLinks", StorageNames.Incubator)] IPersistentState<HubLinksState> state,
    TimelineWriter timeline,
    DomainClock clock) : Grain, IHubLinksGrain
{
    private Guid OrganizationId => this.GetPrimaryKey();

    private HubLinksState S => state.State;

    public Task<HubLinks> GetAsync() => Task.FromResult(ToRecord());

    public async Task<HubLinks> SetHubAsync(bool isHub, Actor actor)
    {
        await FiledOrganizationAsync(OrganizationId, "id");
        if (S.IsHub == isHub)
        {
            return ToRecord();
        }

        if (!isHub && S.Supported.Count > 0)
        {
            throw DomainException.Conflict("isHub", ErrorCodes.HubStillSupports, ErrorArg.Text("count", S.Supported.Count));
        }

        S.IsHub = isHub;
        await state.WriteStateAsync();
        await timeline.AppendAsync(OrganizationId, isHub ? TimelineAction.FlaggedAsHub : TimelineAction.HubFlagCleared, actor);
        return ToRecord();
    }

    public async Task<HubLinks> LinkSupportedAsync(Guid supportedId, Actor actor)
    {
        if (supportedId == OrganizationId)
        {
            throw DomainException.Invalid("supportedId", ErrorCodes.HubSelfSupport);
        }

        var hub = await FiledOrganizationAsync(OrganizationId, "id");
        if (!S.IsHub)
        {
            throw DomainException.Conflict("isHub", ErrorCodes.HubNotFlagged, ErrorArg.Text("organization", hub.Name));
        }

        var supported = await FiledOrganizationAsync(supportedId, "supportedId");
        if (S.Supported.Find(l => l.OrganizationId == supportedId) is { } existing)
        {
            // Told again: a message lost with a silo that died after our write is repaired by linking again.
            await TellSupported(supportedId).AttachHubAsync(new HubLink(OrganizationId, hub.Name, existing.LinkedAt), S.LinkChanges);
            return ToRecord();
        }

        var now = clock.UtcNow;

        // Our side first, then the other side is told one-way: waiting for it would deadlock with a hub linking us back.
        S.Supported.Add(new HubLink(supportedId, supported.Name, now));
        S.LinkChanges++;
        await state.WriteStateAsync();
        await TellSupported(supportedId).AttachHubAsync(new HubLink(OrganizationId, hub.Name, now), S.LinkChanges);
        await LinkedAsync(TimelineAction.HubLinked, supportedId, actor);
        return ToRecord();
    }

    public async Task<HubLinks> UnlinkSupportedAsync(Guid supportedId, Actor actor)
    {
        var link = S.Supported.Find(l => l.OrganizationId == supportedId);
        if (link is null)
        {
            return ToRecord();
        }

        await FiledOrganizationAsync(OrganizationId, "id");
        S.Supported.Remove(link);
        S.LinkChanges++;
        await state.WriteStateAsync();
        await TellSupported(supportedId).DetachHubAsync(OrganizationId, S.LinkChanges);
        await LinkedAsync(TimelineAction.HubUnlinked, supportedId, actor);
        return ToRecord();
    }

    public async Task AttachHubAsync(HubLink hub, long change)
    {
        if (IsStale(hub.OrganizationId, change))
        {
            return;
        }

        // The mark moves even when the link is there already, so that an older unlink arriving after it is dropped.
        S.HubChangesApplied[hub.OrganizationId] = change;
        if (!S.Hubs.Exists(l => l.OrganizationId == hub.OrganizationId))
        {
            S.Hubs.Add(hub);
        }

        await state.WriteStateAsync();
    }

    public async Task DetachHubAsync(Guid hubId, long change)
    {
        if (IsStale(hubId, change))
        {
            return;
        }

        S.HubChangesApplied[hubId] = change;
        S.Hubs.RemoveAll(l => l.OrganizationId == hubId);
        await state.WriteStateAsync();
    }

    /// <summary>One-way messages may arrive out of order: one older than the last applied from that hub is dropped.</summary>
    private bool IsStale(Guid hubId, long change) => S.HubChangesApplied.TryGetValue(hubId, out var applied) && applied > change;

    private IHubLinksGrain TellSupported(Guid supportedId) => GrainFactory.GetGrain<IHubLinksGrain>(supportedId);

    /// <summary>On both timelines, each naming the other side; "hub" tells the supported organization's entry from the hub's.</summary>
    private async Task LinkedAsync(TimelineAction action, Guid supportedId, Actor actor)
    {
        await timeline.AppendAsync(OrganizationId, action, actor, TimelineArgument.Id(TimelineArgs.OrganizationId, supportedId));
        await timeline.AppendAsync(supportedId, action, actor,
            TimelineArgument.Id(TimelineArgs.OrganizationId, OrganizationId), TimelineArgument.Text(TimelineArgs.Variant, "hub"));
    }

    private async Task<OrganizationRecord> FiledOrganizationAsync(Guid id, string field) =>
        await GrainFactory.GetGrain<IOrganizationGrain>(id).GetAsync()
        ?? throw DomainException.NoSuch(field, "organization", id);

    private HubLinks ToRecord() => new(OrganizationId, S.IsHub, S.Supported.ToArray(), S.Hubs.ToArray());
}
