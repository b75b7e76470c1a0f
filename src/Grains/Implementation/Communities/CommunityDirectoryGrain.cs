using Incubator.Common;
using Incubator.Geography;
using Orleans.Concurrency;

namespace Incubator.Communities;

[StatelessWorker]
public sealed class CommunityDirectoryGrain(CommunityReadModel readModel) : Grain, ICommunityDirectoryGrain
{
    public const int MaxYears = 30;

    public Task<IReadOnlyList<Guid>> StationsServingAsync(IReadOnlyList<Guid> communityIds) => readModel.StationsServingAsync(communityIds);

    public async Task<CoverageReport> CoverageAsync(Guid? areaId, DateOnly today, DateTimeOffset now)
    {
        var geography = await GrainFactory.GeographyAsync();
        var communities = geography.CommunitiesWithin(areaId).Select(c => c.Id).ToArray();
        var inputs = await readModel.CoverageInputsAsync(communities, today, geography.TimeZoneOf(areaId));
        return CoverageRules.Report(geography, areaId, today, now, inputs);
    }

    public async Task<IReadOnlyList<CertifiedRatio>> CertifiedRatiosAsync(Guid? areaId, int fromYear, int toYear)
    {
        if (toYear < fromYear || toYear - fromYear >= MaxYears)
        {
            throw DomainException.Invalid("toYear", ErrorCodes.CoverageYears, ErrorArg.Text("max", MaxYears));
        }

        var geography = await GrainFactory.GeographyAsync();
        var communities = geography.CommunitiesWithin(areaId).Select(c => c.Id).ToArray();
        var (residents, workers) = await readModel.RatioInputsAsync(communities);
        return CoverageRules.Ratios(geography, areaId, fromYear, toYear, residents, workers);
    }
}
