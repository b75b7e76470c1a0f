using Incubator.Common;
using Incubator.Geography;
using Incubator.Testing;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class GeographyGrainTests(GrainClusterFixture fixture)
{
    private IGeographyGrain Tree => fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);

    [Fact]
    public async Task IncubatorsTakeTheirTierAndDistrictFromTheirArea()
    {
        var district = await Tree.AddAreaAsync($"昆都仑区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await Tree.AddAreaAsync("少先路街道", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var community = await Tree.AddAreaAsync("兴康社区", AreaLevel.Community, subdistrict.Id, Scenario.Manager);

        var center = await Tree.AddIncubatorAsync($"街道孵化中心 {Guid.NewGuid():N}", subdistrict.Id, Scenario.Manager);
        var association = await Tree.AddIncubatorAsync($"社区促进会 {Guid.NewGuid():N}", community.Id, Scenario.Manager);

        Assert.Equal((AreaLevel.Subdistrict, district.Id), (center.Tier, center.DistrictId));
        Assert.Equal((AreaLevel.Community, district.Id), (association.Tier, association.DistrictId));
    }

    [Fact]
    public async Task ACommunityCannotSitDirectlyInADistrict()
    {
        var district = await Tree.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var error = await Assert.ThrowsAsync<DomainException>(() => Tree.AddAreaAsync("社区", AreaLevel.Community, district.Id, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "parentId"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task SiblingAreasNeedDistinctNames()
    {
        var name = $"区 {Guid.NewGuid():N}";
        await Tree.AddAreaAsync(name, AreaLevel.District, null, Scenario.Manager);
        var error = await Assert.ThrowsAsync<DomainException>(() => Tree.AddAreaAsync(name, AreaLevel.District, null, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "name"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task ABlankNameIsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Tree.AddAreaAsync("  ", AreaLevel.District, null, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "name"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task AreasAndIncubatorsCanBeRenamedAndRetiredAndAnAreasZoneAppliesBelowIt()
    {
        var district = await Tree.AddAreaAsync($"昆都仑 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await Tree.AddAreaAsync("少先路街道", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var center = await Tree.AddIncubatorAsync($"孵化中心 {Guid.NewGuid():N}", subdistrict.Id, Scenario.Manager);

        var renamed = await Tree.ChangeAreaAsync(district.Id, new AreaChange($"昆都仑区 {Guid.NewGuid():N}", "Asia/Urumqi", "150203", false), Scenario.Manager);
        var retired = await Tree.ChangeIncubatorAsync(center.Id, $"少先路孵化中心 {Guid.NewGuid():N}", true, Scenario.Manager);

        var tree = await Tree.GetAsync();
        Assert.Equal((renamed.Name, "150203"), (tree.FindArea(district.Id)!.Name, tree.FindArea(district.Id)!.DivisionCode));
        Assert.True(tree.FindIncubator(center.Id)!.Retired);
        Assert.Equal(retired.Name, tree.FindIncubator(center.Id)!.Name);
        // The subdistrict has no zone of its own: it takes its district's; an area without any takes Asia/Shanghai.
        Assert.Equal("Asia/Urumqi", tree.TimeZoneOfIncubator(center.Id));
        Assert.Equal("Asia/Shanghai", tree.TimeZoneOf(null));
    }

    [Fact]
    public async Task AnUnknownZoneOrAMalformedDivisionCodeIsRefused()
    {
        var district = await Tree.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);

        var zone = await Assert.ThrowsAsync<DomainException>(() => Tree.ChangeAreaAsync(district.Id, new AreaChange("区", "Mars/Olympus", null, false), Scenario.Manager));
        var code = await Assert.ThrowsAsync<DomainException>(() => Tree.ChangeAreaAsync(district.Id, new AreaChange("区", null, "15020", false), Scenario.Manager));

        Assert.Equal("timeZoneId", Assert.Single(zone.Errors).Field);
        Assert.Equal(("divisionCode", ErrorCodes.DivisionCodeFormat), (Assert.Single(code.Errors).Field, code.Errors[0].Code));
        Assert.Equal(district.Name, (await Tree.GetAsync()).FindArea(district.Id)!.Name);
    }
}
