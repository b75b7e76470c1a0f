namespace Incubator.Volunteers;

/// <summary>
/// A certificate of volunteer service (志愿服务证明) as issued: whose, which year (null = all years), the confirmed hours and
/// activities it counts, and its verification code. It never changes after issue; a later correction shows on the next one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.VolunteerCertificate")]
public sealed record class VolunteerCertificate(
    string VerificationCode,
    Guid VolunteerId,
    string VolunteerName,
    int? Year,
    decimal Hours,
    int Activities,
    DateTimeOffset IssuedAt);

/// <summary>Keyed by a verification code: the certificate issued under it, for anyone to check.</summary>
public interface IVolunteerCertificateGrain : IGrainWithStringKey
{
    /// <summary>Keeps the certificate under this code; a code already used keeps its first certificate and answers false.</summary>
    Task<bool> IssueAsync(VolunteerCertificate certificate);

    Task<VolunteerCertificate?> GetAsync();
}
