using Incubator.Communities;
using Incubator.Geography;
using Incubator.Testing;

namespace Incubator.Grains.Tests;

/// <summary>A district with one subdistrict, two communities and the first community's incubator (社区促进会); fresh names every call.</summary>
internal sealed record class CommunityTree(AreaRecord District, AreaRecord Subdistrict, AreaRecord Community, AreaRecord Neighbour, IncubatorRecord Association)
{
    public static async Task<CommunityTree> CreateAsync(GrainClusterFixture fixture)
    {
        var tree = fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await tree.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await tree.AddAreaAsync($"街道 {Guid.NewGuid():N}", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var community = await tree.AddAreaAsync($"兴康社区 {Guid.NewGuid():N}", AreaLevel.Community, subdistrict.Id, Scenario.Manager);
        var neighbour = await tree.AddAreaAsync($"保利社区 {Guid.NewGuid():N}", AreaLevel.Community, subdistrict.Id, Scenario.Manager);
        var association = await tree.AddIncubatorAsync($"社区促进会 {Guid.NewGuid():N}", community.Id, Scenario.Manager);
        return new CommunityTree(district, subdistrict, community, neighbour, association);
    }

    public static CommunityProfile Profile(int residents = 8_000, bool hasSpace = true) =>
        new("兴康社区居民委员会", residents, residents / 3, residents / 5, residents / 8, 120, 35, hasSpace, hasSpace ? "二楼活动室 120 平方米" : "");
}
