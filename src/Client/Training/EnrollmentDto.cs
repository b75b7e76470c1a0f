using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Training;

namespace Incubator.Client.Training;

public sealed record class EnrollmentDto(
    Guid Id,
    Guid SessionId,
    EnrolleeKind Kind,
    string EnrolleeId,
    string EnrolleeName,
    EnrollmentStatus Status,
    DateTimeOffset EnrolledAt,
    string EnrolledBy,
    int? WaitlistPosition,
    DateTimeOffset? AttendanceRecordedAt,
    string? AttendanceRecordedBy,
    string? CertificateNumber)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Enrollment, EnrollmentDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
