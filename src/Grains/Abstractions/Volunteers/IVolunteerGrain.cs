using Incubator.Common;

namespace Incubator.Volunteers;

/// <summary>One volunteer (志愿者), keyed by his record id: his profile and his confirmed hours (docs/domain.md §2, §8).</summary>
public interface IVolunteerGrain : IGrainWithGuidKey
{
    Task<bool> ExistsAsync();

    /// <summary>The record; a not-found DomainException when nobody registered it.</summary>
    Task<VolunteerRecord> GetAsync();

    /// <summary>He registers himself: the account signs in as him (one record per account, see <see cref="IVolunteerAccountGrain"/>).</summary>
    Task<VolunteerRecord> RegisterAsync(VolunteerProfile profile, string? protectedIdCardNumber, Actor actor);

    /// <summary>Replaces his profile; a null <paramref name="protectedIdCardNumber"/> with <paramref name="keepIdCard"/> keeps the one recorded.</summary>
    Task<VolunteerRecord> UpdateAsync(VolunteerProfile profile, string? protectedIdCardNumber, bool keepIdCard, Actor actor);

    /// <summary>An activity's organizer confirmed (or corrected) his hours there; one entry per activity, the latest wins.</summary>
    Task RecordServiceAsync(ConfirmedService service);

    /// <summary>
    /// Issues a certificate of volunteer service (志愿服务证明) over his confirmed hours, of one year or of all years: the
    /// snapshot is kept under its verification code, which anyone can check.
    /// </summary>
    Task<VolunteerCertificate> IssueCertificateAsync(int? year, string timeZoneId, Actor actor);
}
