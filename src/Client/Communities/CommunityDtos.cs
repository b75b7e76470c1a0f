using Incubator.Client.Venues;
using Incubator.Communities;
using Incubator.Geography;

namespace Incubator.Client.Communities;

public sealed record class CommunityProfileDto(
    string CommitteeName, int Residents, int Households, int Elderly, int Children, int Disabled, int HardshipFamilies, bool HasSpace, string SpaceDescription)
{
    private sealed class Mapping : DtoMap<CommunityProfile, CommunityProfileDto>;
}

public sealed record class FieldChangeDto(string Field, string? Old, string New)
{
    private sealed class Mapping : DtoMap<FieldChange, FieldChangeDto>;
}

public sealed record class CommunityChangeDto(
    DateTimeOffset At, string ActorId, string ActorName, CommunityChangeKind Kind, IReadOnlyList<FieldChangeDto> Changes,
    Guid? StationingId, Guid? OrganizationId, string? OrganizationName, string? Note)
{
    private sealed class Mapping : DtoMap<CommunityChange, CommunityChangeDto>;
}

public sealed record class StationingDto(
    Guid Id, Guid CommunityId, Guid OrganizationId, string OrganizationName, DateOnly StartsOn, DateOnly EndsOn, Guid? SpaceId, string? SpaceName,
    string Note, DateTimeOffset RecordedAt, string RecordedBy, DateOnly? EndedOn, string? EndReason, bool IsActive)
{
    private sealed class Mapping : DtoMap<StationingRecord, StationingDto>;
}

/// <summary>A community: its profile (null until recorded), history newest first, stationings newest first.</summary>
public sealed record class CommunityDto(
    Guid Id, string Name, Guid SubdistrictId, Guid DistrictId, CommunityProfileDto? Profile, DateTimeOffset? UpdatedAt, string? UpdatedBy,
    IReadOnlyList<CommunityChangeDto> History, IReadOnlyList<StationingDto> Stationings)
{
    private sealed class Mapping : DtoMap<CommunityRecord, CommunityDto>;
}

public sealed record class ProjectStepDto(
    ProjectStep Step, DateOnly On, string Owner, string Summary, IReadOnlyList<TargetGroup> TargetGroups, decimal? ResidentFundingSharePercent,
    int? Volunteers, IReadOnlyList<string> UniversityPartners, int? ResidentsServed, DateTimeOffset RecordedAt, string RecordedBy)
{
    private sealed class Mapping : DtoMap<ProjectStepRecord, ProjectStepDto>;
}

public sealed record class StationProjectDto(Guid Id, string Title, DateTimeOffset StartedAt, string StartedBy, IReadOnlyList<ProjectStepDto> Steps, ProjectStep? NextStep)
{
    private sealed class Mapping : DtoMap<StationProjectRecord, StationProjectDto>;
}

/// <summary>A station; OperatorOrganizationId null means the community runs it. Rooms are venue spaces (GET /api/venues/{id}).</summary>
public sealed record class StationDto(
    Guid Id, string Name, Guid DistrictId, IReadOnlyList<Guid> CommunityIds, Guid? OperatorOrganizationId, string? OperatorName,
    IReadOnlyList<Guid> StaffSocialWorkerIds, IReadOnlyList<DailyHoursDto> OpeningHours, IReadOnlyList<Guid> RoomSpaceIds,
    IReadOnlyList<StationProjectDto> Projects, bool Retired, DateTimeOffset CreatedAt, string CreatedBy)
{
    private sealed class Mapping : DtoMap<StationRecord, StationDto>;
}

/// <summary>Coverage of one area (AreaId null: the region); the share is a fraction 0-1.</summary>
public sealed record class CoverageRowDto(
    Guid? AreaId, string Name, AreaLevel? Level, int Communities, int Residents, int Stations, int StationedOrganizations,
    int CertifiedSocialWorkers, decimal? CertifiedPer10000, int OpenNeeds, int? OldestOpenNeedDays, decimal? MatchedBeforeDueShare,
    int WithoutStation, int WithoutCertifiedSocialWorker, int WithoutSpace)
{
    private sealed class Mapping : DtoMap<CoverageRow, CoverageRowDto>;
}

public sealed record class CoverageReportDto(CoverageRowDto Total, IReadOnlyList<CoverageRowDto> Children)
{
    private sealed class Mapping : DtoMap<CoverageReport, CoverageReportDto>;
}

public sealed record class CertifiedRatioDto(Guid? AreaId, string Name, AreaLevel? Level, int Year, int Residents, int CertifiedSocialWorkers, decimal? Per10000)
{
    private sealed class Mapping : DtoMap<CertifiedRatio, CertifiedRatioDto>;
}
