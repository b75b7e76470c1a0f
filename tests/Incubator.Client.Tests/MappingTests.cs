using AutoMapper;
using AutoMapper.Internal;
using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Hubs;
using Incubator.Client.Infrastructure;
using Incubator.Client.Organizations;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Cohorts;
using Incubator.Hubs;
using Incubator.Organizations;
using Incubator.SupportPlans;
using Incubator.Training;

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
            DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch.AddDays(2), null, null, null, false, null, null, null, null, [], []);
        var dto = Configuration.CreateMapper().Map<OrganizationDto>(record);
        Assert.Equal(
            (record.Id, record.IncubatorId, record.Name, record.CreditCode, record.Stage, record.IncubationEndsAt, record.ServiceDomains.Single()),
            (dto.Id, dto.IncubatorId, dto.Name, dto.CreditCode, dto.Stage, dto.IncubationEndsAt, dto.ServiceDomains.Single()));
    }

    [Fact]
    public void ATrainingRecordMapsWithTheHoursGraduationNeeds()
    {
        var session = new AttendedSession(Guid.NewGuid(), Guid.NewGuid(), "财务管理", "财务", DateTimeOffset.UnixEpoch, 4m, Guid.NewGuid(), "PX19700101-ABCDEF12");
        var dto = Configuration.CreateMapper().Map<TrainingRecordDto>(new TrainingRecord(4m, [session]));
        Assert.Equal((4m, TrainingRecord.HoursToGraduate), (dto.AttendedHours, dto.RequiredHours));
        Assert.Equal((session.EnrollmentId, session.CertificateNumber, session.Hours), (dto.Sessions[0].EnrollmentId, dto.Sessions[0].CertificateNumber, dto.Sessions[0].Hours));
    }

    [Fact]
    public void HubLinksMapToFlatLinksOnBothSides()
    {
        var hub = new HubLink(Guid.NewGuid(), "枢纽中心", DateTimeOffset.UnixEpoch);
        var supported = new HubLink(Guid.NewGuid(), "服务社", DateTimeOffset.UnixEpoch.AddDays(1));
        var dto = Configuration.CreateMapper().Map<HubLinksDto>(new HubLinks(Guid.NewGuid(), true, [supported], [hub]));
        Assert.True(dto.IsHub);
        Assert.Equal((supported.OrganizationId, supported.OrganizationName, supported.LinkedAt), (dto.Supported[0].OrganizationId, dto.Supported[0].OrganizationName, dto.Supported[0].LinkedAt));
        Assert.Equal(hub.OrganizationId, Assert.Single(dto.Hubs).OrganizationId);
    }

    [Fact]
    public void AMilestoneMapsFieldForField()
    {
        var milestone = new Milestone(
            Guid.NewGuid(), SupportTrack.Training, "财务培训", "王社工", "user-1", new DateOnly(2026, 5, 1), MilestoneStatus.Blocked, "等讲师", DateTimeOffset.UnixEpoch, true);
        var dto = Configuration.CreateMapper().Map<MilestoneDto>(milestone);
        Assert.Equal(
            (milestone.Id, milestone.Track, milestone.Title, milestone.OwnerUserId, milestone.DueDate, milestone.Status, milestone.Note, milestone.IsOverdue),
            (dto.Id, dto.Track, dto.Title, dto.OwnerUserId, dto.DueDate, dto.Status, dto.Note, dto.IsOverdue));
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

    [Fact]
    public void ABookingMapsWithItsOccurrences()
    {
        var booking = new Incubator.Bookings.BookingRecord(
            Guid.NewGuid(), Guid.NewGuid(), "一号会议室", Guid.NewGuid(), Guid.NewGuid(), "老来乐互助社", "敬老活动", true, Incubator.Bookings.BookingStatus.Approved,
            null, DateTimeOffset.UnixEpoch, "王芳", DateTimeOffset.UnixEpoch, "李经理", "Asia/Shanghai",
            [new Incubator.Bookings.BookingOccurrence(0, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(2), Incubator.Bookings.OccurrenceStatus.CheckedIn, DateTimeOffset.UnixEpoch, "王芳")]);
        var dto = Configuration.CreateMapper().Map<BookingDto>(booking);
        Assert.Equal(
            (booking.Id, booking.SpaceId, booking.Status, booking.TimeZoneId, Incubator.Bookings.OccurrenceStatus.CheckedIn, DateTimeOffset.UnixEpoch.AddHours(2)),
            (dto.Id, dto.SpaceId, dto.Status, dto.TimeZoneId, dto.Occurrences.Single().Status, dto.Occurrences.Single().End));
    }
}
