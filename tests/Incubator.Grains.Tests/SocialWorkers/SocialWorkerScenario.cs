using Incubator.Geography;
using Incubator.Organizations;
using Incubator.SocialWorkers;
using Incubator.Testing;
using Incubator.Venues;

namespace Incubator.Grains.Tests;

/// <summary>Districts, communities and registered social workers for the tests; fresh names and ids every call.</summary>
internal static class SocialWorkerScenario
{
    public static async Task<(AreaRecord District, AreaRecord Community)> DistrictWithCommunityAsync(IGrainFactory grains)
    {
        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await geography.AddAreaAsync($"街道 {Guid.NewGuid():N}", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var community = await geography.AddAreaAsync($"社区 {Guid.NewGuid():N}", AreaLevel.Community, subdistrict.Id, Scenario.Manager);
        return (district, community);
    }

    public static SocialWorkerProfile Profile(Guid districtId, int weeklyHours = 20, params Guid[] communityIds) => new(
        $"刘社工 {Guid.NewGuid():N}"[..12], "13912345678", null, districtId, communityIds, [], [ServiceDomain.ElderlyCare, ServiceDomain.Youth], weeklyHours);

    public static Certification Certificate(CertificationLevel level = CertificationLevel.SocialWorker, string? number = null) =>
        new(level, number ?? $"ZS{Guid.NewGuid():N}"[..20], new DateOnly(2020, 6, 1));

    public static async Task<ISocialWorkerGrain> RegisterAsync(GrainClusterFixture fixture, int weeklyHours = 20, Certification? certification = null)
    {
        var (district, community) = await DistrictWithCommunityAsync(fixture.Grains);
        var worker = fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());
        await worker.RegisterAsync(Profile(district.Id, weeklyHours, community.Id), certification, Scenario.Manager);
        return worker;
    }

    /// <summary>The fixture's today where the districts are (China time).</summary>
    public static DateOnly Today(GrainClusterFixture fixture) => VenueTime.Today(fixture.Time);
}
