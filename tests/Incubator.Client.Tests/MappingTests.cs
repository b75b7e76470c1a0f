using AutoMapper;
using Incubator.Client.Mapping;
using Incubator.Organizations;
using AutoMapper.Internal;
using Incubator.Cohorts;

namespace Incubator.Client.Tests;

public sealed class MappingTests
{
    private static readonly MapperConfiguration Configuration =
        new(cfg => cfg.AddMaps(typeof(MappingSetup).Assembly));

    [Fact]
    public void TheConfigurationIsValid() => Configuration.AssertConfigurationIsValid();

    [Fact]
    public void EveryMapLimitsItsDepth() =>
        Assert.All(Configuration.Internal().GetAllTypeMaps(), map => Assert.Equal(MappingSetup.MaxDepth, map.MaxDepth));

    [Fact]
    public void NoMappedTypeRefersToItself()
    {
        foreach (var map in Configuration.Internal().GetAllTypeMaps())
        {
            foreach (var type in new[] { map.SourceType, map.DestinationType })
            {
                Assert.DoesNotContain(type.GetProperties(), p => ReachesType(p.PropertyType, type));
            }
        }
    }

    [Fact]
    public void AnOrganizationRecordMapsFieldForField()
    {
        var record = new OrganizationRecord(
            Guid.NewGuid(), Guid.NewGuid(), "名称", OrganizationCategory.ConvenienceService, [ServiceDomain.Youth], "联系人", "13800138000",
            "91350100M000100Y43", "BA1", LegalStatus.Registered, OrganizationStage.Incubating, DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch.AddDays(2), null, null, null);
        var dto = Configuration.CreateMapper().Map<OrganizationDto>(record);
        Assert.Equal(
            (record.Id, record.IncubatorId, record.Name, record.CreditCode, record.Stage, record.IncubationEndsAt, record.ServiceDomains.Single()),
            (dto.Id, dto.IncubatorId, dto.Name, dto.CreditCode, dto.Stage, dto.IncubationEndsAt, dto.ServiceDomains.Single()));
    }

    [Fact]
    public void ACohortApplicationMapsWithItsScores()
    {
        var application = new CohortApplication(
            Guid.NewGuid(), Guid.NewGuid(), "阳光助残", OrganizationCategory.CharityPublicWelfare, [ServiceDomain.DisabilityAid], "宗旨", 7, "服务", "需求",
            DateTimeOffset.UnixEpoch, "李经理", [new CriterionScore("治理结构", 4)], 12, 10, 22, ApplicationStatus.Waitlisted, "名额已满", DateTimeOffset.UnixEpoch, "李经理", 1);
        var dto = Configuration.CreateMapper().Map<CohortApplicationDto>(application);
        Assert.Equal(
            (application.OrganizationId, application.Total, application.Status, application.WaitlistPosition, "治理结构", 4),
            (dto.OrganizationId, dto.Total, dto.Status, dto.WaitlistPosition, dto.Scores.Single().Criterion, dto.Scores.Single().Score));
    }

    private static bool ReachesType(Type candidate, Type target) =>
        candidate == target || (candidate.IsGenericType && candidate.GetGenericArguments().Any(a => a == target));
}
