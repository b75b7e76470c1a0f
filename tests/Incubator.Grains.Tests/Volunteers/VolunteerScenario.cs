using Incubator.Common;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Volunteers;

namespace Incubator.Grains.Tests;

/// <summary>Registered volunteers and published activities for the tests; fresh ids every call.</summary>
internal static class VolunteerScenario
{
    public static async Task<(IVolunteerGrain Grain, Actor Account)> VolunteerAsync(GrainClusterFixture fixture, Guid communityId)
    {
        var account = new Actor($"volunteer-{Guid.NewGuid():N}", "志愿者");
        var grain = fixture.Grains.GetGrain<IVolunteerGrain>(Guid.NewGuid());
        await grain.RegisterAsync(new VolunteerProfile($"王志愿 {Guid.NewGuid():N}"[..10], "13812345678", communityId, [ServiceDomain.ElderlyCare], "周末"), null, account);
        return (grain, account);
    }

    /// <summary>An activity by a community, starting <paramref name="startsIn"/> from the fixture's now and lasting three hours.</summary>
    public static async Task<IVolunteerActivityGrain> ActivityAsync(GrainClusterFixture fixture, Guid communityId, TimeSpan startsIn, params ActivityRole[] roles)
    {
        var startsAt = fixture.Time.GetUtcNow() + startsIn;
        var grain = fixture.Grains.GetGrain<IVolunteerActivityGrain>(Guid.NewGuid());
        await grain.PublishAsync(new PublishActivity(OrganizerKind.Community, communityId, "幸福社区", communityId, "重阳节敬老活动", "社区活动室",
            startsAt, startsAt.AddHours(3), roles.Length == 0 ? [new ActivityRole("陪伴员", 5)] : roles, "老年人", null, null), Scenario.Manager);
        return grain;
    }

    public static async Task<Guid> CommunityAsync(GrainClusterFixture fixture) =>
        (await SocialWorkerScenario.DistrictWithCommunityAsync(fixture.Grains)).Community.Id;
}
