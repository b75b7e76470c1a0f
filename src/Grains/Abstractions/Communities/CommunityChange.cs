namespace Incubator.Communities;

/// <summary>What a history entry of a community records. Stored by number: append, never renumber.</summary>
public enum CommunityChangeKind
{
    /// <summary>The profile was recorded or changed: <see cref="CommunityChange.Changes"/> names each field, old → new.</summary>
    ProfileChanged = 0,
    /// <summary>An organization was stationed in the community (进驻社区).</summary>
    StationingStarted = 1,
    /// <summary>An organization's stay ended, with a reason.</summary>
    StationingEnded = 2,
}

/// <summary>One entry of a community's history: who, when, what. Stationing entries name the organization and its agreement.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CommunityChange")]
public sealed record class CommunityChange(
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    CommunityChangeKind Kind,
    IReadOnlyList<FieldChange> Changes,
    Guid? StationingId,
    Guid? OrganizationId,
    string? OrganizationName,
    string? Note);
