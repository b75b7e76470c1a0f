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
        if (S.Supported.Exists(l => l.OrganizationId == supportedId))
        {
            return ToRecord();
        }

        var now = clock.UtcNow;

        // The other side first: attaching is idempotent, so if this grain's write then fails, linking again repairs both sides.
        await GrainFactory.GetGrain<IHubLinksGrain>(supportedId).AttachHubAsync(new HubLink(OrganizationId, hub.Name, now));
        S.Supported.Add(new HubLink(supportedId, supported.Name, now));
        await state.WriteStateAsync();
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
        await GrainFactory.GetGrain<IHubLinksGrain>(supportedId).DetachHubAsync(OrganizationId);
        S.Supported.Remove(link);
        await state.WriteStateAsync();
        await LinkedAsync(TimelineAction.HubUnlinked, supportedId, actor);
        return ToRecord();
    }

    public async Task AttachHubAsync(HubLink hub)
    {
        if (S.Hubs.Exists(l => l.OrganizationId == hub.OrganizationId))
        {
            return;
        }

        S.Hubs.Add(hub);
        await state.WriteStateAsync();
    }

    public async Task DetachHubAsync(Guid hubId)
    {
        if (S.Hubs.RemoveAll(l => l.OrganizationId == hubId) > 0)
        {
            await state.WriteStateAsync();
        }
    }

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
