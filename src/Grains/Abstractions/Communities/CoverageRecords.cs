using Incubator.Geography;

namespace Incubator.Communities;

/// <summary>
/// Coverage of one community, or of an area summed over its communities (docs/domain.md §7): stations, stationed
/// organizations, certified social workers and their ratio per 10,000 residents (null without residents), open needs and
/// the oldest one's age, the share of needs matched by their due date (null when none was due or matched), and the
/// communities flagged for no station, no certified social worker or no space (场所限制).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.CoverageRow")]
public sealed record class CoverageRow(
    Guid? AreaId,
    string Name,
    AreaLevel? Level,
    int Communities,
    int Residents,
    int Stations,
    int StationedOrganizations,
    int CertifiedSocialWorkers,
    decimal? CertifiedPer10000,
    int OpenNeeds,
    int? OldestOpenNeedDays,
    decimal? MatchedBeforeDueShare,
    int WithoutStation,
    int WithoutCertifiedSocialWorker,
    int WithoutSpace);

/// <summary>An area's coverage and that of each area one level down (the districts for the region).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CoverageReport")]
public sealed record class CoverageReport(CoverageRow Total, IReadOnlyList<CoverageRow> Children);

/// <summary>Certified social workers per 10,000 residents of one area in one year (certified then and not left by its end).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CertifiedRatio")]
public sealed record class CertifiedRatio(Guid? AreaId, string Name, AreaLevel? Level, int Year, int Residents, int CertifiedSocialWorkers, decimal? Per10000);

/// <summary>Reads the communities' read models: stations of a community, and coverage.</summary>
public interface ICommunityDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Ids of the stations serving any of these communities, retired ones included.</summary>
    Task<IReadOnlyList<Guid>> StationsServingAsync(IReadOnlyList<Guid> communityIds);

    /// <summary>Coverage of the area (null: the region) and of its children, as of <paramref name="today"/>.</summary>
    Task<CoverageReport> CoverageAsync(Guid? areaId, DateOnly today, DateTimeOffset now);

    /// <summary>The ratio per 10,000 residents for the area and every area below it, in each year from..to.</summary>
    Task<IReadOnlyList<CertifiedRatio>> CertifiedRatiosAsync(Guid? areaId, int fromYear, int toYear);
}
