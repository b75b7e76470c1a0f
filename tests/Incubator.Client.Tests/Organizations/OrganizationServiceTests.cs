using AutoMapper;
using Incubator.Client.Accounts;
using Incubator.Client.Infrastructure;
using Incubator.Client.Organizations;
using Incubator.Client.Timeline;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Microsoft.Extensions.Localization;
using Moq;

namespace Incubator.Client.Tests;

/// <summary>The service's own decisions, with the cluster mocked: what it refuses never reaches a grain.</summary>
public sealed class OrganizationServiceTests
{
    private static readonly IncubatorRecord Park = new(Guid.NewGuid(), "区孵化园", AreaLevel.District, Guid.NewGuid(), Guid.NewGuid());
    private readonly Mock<IClusterClient> _cluster = new(MockBehavior.Strict);
    private readonly Mock<IOrganizationGrain> _organization = new(MockBehavior.Strict);
    private readonly OrganizationService _service;

    public OrganizationServiceTests()
    {
        var geography = new Mock<IGeographyGrain>();
        geography.Setup(g => g.GetAsync()).ReturnsAsync(new GeographySnapshot([], [Park]));
        _cluster.Setup(c => c.GetGrain<IGeographyGrain>(IGeographyGrain.Key, null)).Returns(geography.Object);
        _cluster.Setup(c => c.GetGrain<IOrganizationGrain>(It.IsAny<Guid>(), null)).Returns(_organization.Object);
        var timeline = new TimelineRenderer(_cluster.Object, Mock.Of<IStringLocalizer<TimelineText>>(), Mock.Of<IStringLocalizer<UiText>>());
        _service = new OrganizationService(_cluster.Object, Mock.Of<IMapper>(), new ScopeService(_cluster.Object, TimeProvider.System), timeline);
    }

    private static FileOrganizationRequest Request(Guid incubatorId) =>
        new(incubatorId, "组织", OrganizationCategory.Other, [ServiceDomain.Other], "联系人", "13800138000", null);

    [Fact]
    public async Task AManagerOfAnotherIncubatorCannotFileHere()
    {
        var outsider = UserScopeTests.User(Roles.IncubatorManager, Guid.NewGuid());
        var error = await Assert.ThrowsAsync<DomainException>(() => _service.FileAsync(outsider, Request(Park.Id)));
        Assert.Equal(DomainErrorKind.Forbidden, error.Kind);
        _organization.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task InvalidInputIsRefusedBeforeAnyGrainIsCalled()
    {
        var admin = UserScopeTests.User(Roles.Administrator, null);
        var error = await Assert.ThrowsAsync<DomainException>(() => _service.FileAsync(admin, Request(Park.Id) with { ContactPhone = "123" }));
        Assert.Equal(DomainErrorKind.Invalid, error.Kind);
        Assert.Equal("contactPhone", Assert.Single(error.Errors).Field);
        _organization.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AnUnknownIncubatorIsNamed()
    {
        var admin = UserScopeTests.User(Roles.Administrator, null);
        var error = await Assert.ThrowsAsync<DomainException>(() => _service.FileAsync(admin, Request(Guid.NewGuid())));
        Assert.Equal("incubatorId", error.Field);
        _organization.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AnOrganizationOutOfScopeLooksMissing()
    {
        var record = new OrganizationRecord(Guid.NewGuid(), Park.Id, "组织", OrganizationCategory.Other, [], "c", "13800138000", null, "BA",
            LegalStatus.Filed, OrganizationStage.Applied, DateTimeOffset.UnixEpoch, null, null, null, null, null, false, null, null, null, null, [], []);
        _organization.Setup(o => o.GetAsync()).ReturnsAsync(record);
        var stranger = UserScopeTests.User(Roles.OrganizationRepresentative, Guid.NewGuid());
        var error = await Assert.ThrowsAsync<DomainException>(() => _service.GetAsync(stranger, record.Id));
        Assert.Equal(DomainErrorKind.NotFound, error.Kind);
    }
}
