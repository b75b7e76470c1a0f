using Incubator.Organizations;

namespace Incubator.SocialWorkers;

/// <summary>
/// A social-work station (incubator.stations, kept by the Communities feature) as a resource: what its active staff can
/// do, the highest certification among them and the weekly hours they can still promise together.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.StationResource")]
public sealed record class StationResource(
    Guid StationId,
    string Name,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    Guid? OperatorOrganizationId,
    int ActiveStaff,
    IReadOnlyList<ServiceDomain> Skills,
    CertificationLevel? HighestCertification,
    int HoursLeft);
