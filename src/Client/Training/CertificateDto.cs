namespace Incubator.Client.Training;

/// <summary>What a training certificate (培训证书) prints. Built from an attended enrollment and its session, not mapped from one record.</summary>
public sealed record class CertificateDto(
    string CertificateNumber,
    string AttendeeName,
    string CourseTitle,
    string Topic,
    decimal Hours,
    DateTimeOffset SessionStartsAt,
    string Trainer,
    string IncubatorName);
