namespace Incubator.Organizations;

/// <summary>A graduation review waiting for the incubator's manager.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ReviewTask")]
public sealed record class ReviewTask(Guid OrganizationId, Guid IncubatorId, string OrganizationName, DateTimeOffset DueAt, DateTimeOffset OpenedAt);
