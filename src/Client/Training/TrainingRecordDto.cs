using Incubator.Training;

namespace Incubator.Client.Training;

/// <summary>Attended hours and sessions; RequiredHours is what an organization needs for the graduation gate.</summary>
public sealed record class TrainingRecordDto(decimal AttendedHours, decimal RequiredHours, IReadOnlyList<AttendedSessionDto> Sessions)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TrainingRecord, TrainingRecordDto>()
            .ForCtorParam(nameof(RequiredHours), o => o.MapFrom(_ => TrainingRecord.HoursToGraduate))
            .ForMember(d => d.RequiredHours, o => o.MapFrom(_ => TrainingRecord.HoursToGraduate))
            .MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class AttendedSessionDto(
    Guid SessionId,
    Guid CourseId,
    string CourseTitle,
    string Topic,
    DateTimeOffset StartsAt,
    decimal Hours,
    Guid EnrollmentId,
    string CertificateNumber)
{
    private sealed class Mapping : DtoMap<AttendedSession, AttendedSessionDto>;
}
