using System.Security.Claims;
using Incubator.Client.Accounts;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Tests;

public sealed class UserScopeTests
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

    private static UserScope Scope(ClaimsPrincipal user) => new(user, Geography, null);

    private static OrganizationRecord At(IncubatorRecord incubator) => new(
        Guid.NewGuid(), incubator.Id, "组织", OrganizationCategory.Other, [], "c", "13800138000", null, "BA", LegalStatus.Filed,
        OrganizationStage.Applied, DateTimeOffset.UnixEpoch, null, null, null, null, null, false, null, null, null, null, [], []);

    [Fact]
    public void AnAdministratorSeesEverything() => Assert.Null(Scope(User(Roles.Administrator, null)).VisibleIncubators);

    [Fact]
    public void ADistrictLeaderSeesEveryTierOfHisDistrict() =>
        Assert.Equal([Park.Id, Association.Id], Scope(User(Roles.DistrictLeader, District)).VisibleIncubators);

    [Fact]
    public void AManagerSeesHisIncubator() =>
        Assert.Equal([Park.Id], Scope(User(Roles.IncubatorManager, Park.Id)).VisibleIncubators);

    [Fact]
    public void ACommunityWorkerSeesHisCommunitysIncubator() =>
        Assert.Equal([Association.Id], Scope(User(Roles.CommunityWorker, Community)).VisibleIncubators);

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.OrganizationRepresentative)]
    public void OthersListNoIncubator(string role) => Assert.Empty(Scope(User(role, Guid.NewGuid())).VisibleIncubators!);

    [Fact]
    public void ARepresentativeReadsOnlyHisOrganization()
    {
        var own = At(Park);
        var representative = User(Roles.OrganizationRepresentative, own.Id);
        Assert.True(new UserScope(representative, Geography, own.IncubatorId).CanRead(own));
        Assert.False(new UserScope(representative, Geography, own.IncubatorId).CanRead(At(Park)));
    }

    [Fact]
    public void OnlyTheManagerOfTheIncubatorOrAnAdministratorManages()
    {
        Assert.True(Scope(User(Roles.IncubatorManager, Park.Id)).CanManage(Park.Id));
        Assert.False(Scope(User(Roles.IncubatorManager, Park.Id)).CanManage(Elsewhere.Id));
        Assert.False(Scope(User(Roles.DistrictLeader, District)).CanManage(Park.Id));
        Assert.False(Scope(User(Roles.PartyBuildingOfficer, Park.Id)).CanManage(Park.Id));
        Assert.True(Scope(User(Roles.Administrator, null)).CanManage(Elsewhere.Id));
    }
}
