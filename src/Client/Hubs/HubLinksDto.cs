using Incubator.Hubs;

namespace Incubator.Client.Hubs;

/// <summary>Whether the organization is a hub, whom it supports and which hubs support it; links are flat, so no DTO contains an organization.</summary>
public sealed record class HubLinksDto(Guid OrganizationId, bool IsHub, IReadOnlyList<HubLinkDto> Supported, IReadOnlyList<HubLinkDto> Hubs)
{
    private sealed class Mapping : DtoMap<HubLinks, HubLinksDto>;
}
