using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Grains.Tests;

/// <summary>Builds what the tests need: an incubator, an organization filed at it. Fresh names and ids every call.</summary>
internal static class Scenario
{
    public static readonly Actor Manager = new("manager-1", "李经理");

    public static async Task<IncubatorRecord> IncubatorAsync(IGrainFactory grains)
    {
        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Manager);
        return await geography.AddIncubatorAsync($"孵化园 {Guid.NewGuid():N}", district.Id, Manager);
    }

    public static FileOrganization Filing(Guid incubatorId, string? creditCode = null) => new(
        incubatorId, $"社区服务社 {Guid.NewGuid():N}"[..20], OrganizationCategory.ConvenienceService,
        [ServiceDomain.ElderlyCare, ServiceDomain.Family], "张三", "13912345678", creditCode,
        creditCode is null ? null : LegalForm.SocialGroup);
}
