

namespace Incubator.Client.Venues;

/// <summary>
/// Idle resources (资源闲置) of an incubator over a window: spaces booked below the threshold, with the suggestion to open them
/// to the district's other tiers when they are not shared yet, and desks whose organizations rarely check in.
/// </summary>
public sealed record class IdleReport(DateOnly From, DateOnly To, double Threshold, IReadOnlyList<IdleSpace> IdleSpaces, IReadOnlyList<UnusedDesk> UnusedDesks);

public sealed record class IdleSpace(SpaceDto Space, double BookedRatio, bool SuggestSharing);

/// <summary>A desk an organization booked but checked in for less than half of the times that are over.</summary>
public sealed record class UnusedDesk(SpaceDto Space, Guid OrganizationId, string OrganizationName, int PastOccurrences, int CheckedIn);
