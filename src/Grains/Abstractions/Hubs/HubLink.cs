namespace Incubator.Hubs;

/// <summary>The organization at the other end of a hub link, named as it was when linked, and since when.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.HubLink")]
public sealed record class HubLink(Guid OrganizationId, string OrganizationName, DateTimeOffset LinkedAt);
