using System.Security.Claims;
using Incubator.Client.Accounts;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Tests;

public sealed class AccessPolicyTests
{
    private static readonly Guid District = Guid.NewGuid();
    private static readonly Guid OtherDistrict = Guid.NewGuid();
    private static readonly Guid Community = Guid.NewGuid();
    private static readonly IncubatorRecord Park = new(Guid.NewGuid(), "区孵化园", AreaLevel.District, District, District);
    private static readonly IncubatorRecord Association = new(Guid.NewGuid(), "社区促进会", AreaLevel.Community, Community, District);
    private static readonly IncubatorRecord Elsewhere = new(Guid.NewGuid(), "外区孵化园", AreaLevel.District, OtherDistrict, OtherDistrict);
    private static readonly GeographySnapshot Geography = new([], [Park, Association, Elsewhere]);

    internal static ClaimsPrincipal User(string role, Guid? scope) =>
        new(new ClaimsIdentity(
            new[] { new Claim(ClaimTypes.Role, role), new Claim(ClaimTypes.NameIdentifier, "u1") }
                .Concat(scope is { } s ? [new Claim(UserClaims.Scope, s.ToString())] : []),
            "test"));

    private static OrganizationRecord At(IncubatorRecord incubator) => new(
        Guid.NewGuid(), incubator.Id, "组织", OrganizationCategory.Other, [], "c", "13800138000", null, "BA", LegalStatus.Filed,
        OrganizationStage.Applied, DateTimeOffset.UnixEpoch, null, null, null, null, null, false, null, null, null, null, []);

    [Fact]
    public void AnAdministratorSeesEverything() => Assert.Null(AccessPolicy.VisibleIncubators(User(Roles.Administrator, null), Geography));

    [Fact]
    public void ADistrictLeaderSeesEveryTierOfHisDistrict() =>
        Assert.Equal([Park.Id, Association.Id], AccessPolicy.VisibleIncubators(User(Roles.DistrictLeader, District), Geography));

    [Fact]
    public void AManagerSeesHisIncubator() =>
        Assert.Equal([Park.Id], AccessPolicy.VisibleIncubators(User(Roles.IncubatorManager, Park.Id), Geography));

    [Fact]
    public void ACommunityWorkerSeesHisCommunitysIncubator() =>
        Assert.Equal([Association.Id], AccessPolicy.VisibleIncubators(User(Roles.CommunityWorker, Community), Geography));

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.OrganizationRepresentative)]
    public void OthersListNoIncubator(string role) => Assert.Empty(AccessPolicy.VisibleIncubators(User(role, Guid.NewGuid()), Geography)!);

    [Fact]
    public void ARepresentativeReadsOnlyHisOrganization()
    {
        var own = At(Park);
        var representative = User(Roles.OrganizationRepresentative, own.Id);
        Assert.True(AccessPolicy.CanRead(representative, own, Geography));
        Assert.False(AccessPolicy.CanRead(representative, At(Park), Geography));
    }

    [Fact]
    public void OnlyTheManagerOfTheIncubatorOrAnAdministratorManages()
    {
        Assert.True(AccessPolicy.CanManage(User(Roles.IncubatorManager, Park.Id), Park.Id));
        Assert.False(AccessPolicy.CanManage(User(Roles.IncubatorManager, Park.Id), Elsewhere.Id));
        Assert.False(AccessPolicy.CanManage(User(Roles.DistrictLeader, District), Park.Id));
        Assert.False(AccessPolicy.CanManage(User(Roles.PartyBuildingOfficer, Park.Id), Park.Id));
        Assert.True(AccessPolicy.CanManage(User(Roles.Administrator, null), Elsewhere.Id));
    }
}
