using Incubator.Hubs;

namespace Incubator.Client.Hubs;

/// <summary>The organization at the other end of a hub link: its id and name, not the organization itself.</summary>
public sealed record class HubLinkDto(Guid OrganizationId, string OrganizationName, DateTimeOffset LinkedAt)
{
    private sealed class Mapping : DtoMap<HubLink, HubLinkDto>;
}
