namespace Incubator.Hubs;

/// <summary>
/// An organization's place among hub/support organizations (枢纽型、支持型社会组织): whether it is a hub, the
/// organizations it supports, and the hubs that support it. Links hold ids and names, never nested organizations.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.HubLinks")]
public sealed record class HubLinks(Guid OrganizationId, bool IsHub, IReadOnlyList<HubLink> Supported, IReadOnlyList<HubLink> Hubs);
