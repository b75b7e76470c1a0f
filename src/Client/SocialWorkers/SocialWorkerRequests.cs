using System.ComponentModel.DataAnnotations;
using Incubator.Organizations;
using Incubator.SocialWorkers;

namespace Incubator.Client.SocialWorkers;

/// <summary>
/// The body of PUT /api/social-workers/{id} and the profile part of a registration. Every field is optional here so that a
/// missing one is reported by name; the attributes state, for the OpenAPI schema, the rules of <see cref="SocialWorkerProfile.Validate"/>.
/// </summary>
public sealed record class SocialWorkerProfileRequest(
    [property: Required, StringLength(SocialWorkerProfile.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required, RegularExpression(SocialWorkerProfile.PhonePattern)] string? PhoneNumber,
    Guid? EmployerOrganizationId,
    [property: Required] Guid? DistrictId,
    [property: MaxLength(SocialWorkerProfile.MaxPlaces)] IReadOnlyList<Guid>? CommunityIds,
    [property: MaxLength(SocialWorkerProfile.MaxPlaces)] IReadOnlyList<Guid>? StationIds,
    [property: Required, MinLength(1)] IReadOnlyList<ServiceDomain>? Skills,
    [property: Required, Range(0, SocialWorkerProfile.MaxWeeklyHours)] int? WeeklyHoursAvailable)
{
    public (SocialWorkerProfile Profile, IReadOnlyList<FieldError> Errors) ToProfile()
    {
        var profile = new SocialWorkerProfile(Name ?? "", PhoneNumber ?? "", EmployerOrganizationId, DistrictId ?? Guid.Empty,
            CommunityIds ?? [], StationIds ?? [], Skills ?? [], WeeklyHoursAvailable ?? 0);
        var errors = profile.Validate().ToList();
        if (WeeklyHoursAvailable is null)
        {
            errors.Add(FieldError.Required("weeklyHoursAvailable"));
        }

        return (profile, errors);
    }
}

/// <summary>The body of POST /api/social-workers/{id}/certification: the 社会工作者职业水平证书 he holds.</summary>
public sealed record class CertificationRequest(
    [property: Required] CertificationLevel? CertificationLevel,
    [property: Required, RegularExpression(Certification.CertificateNumberPattern)] string? CertificateNumber,
    [property: Required] DateOnly? CertifiedOn)
{
    public (Certification Certification, IReadOnlyList<FieldError> Errors) ToCertification(DateOnly today)
    {
        var certification = new Certification(CertificationLevel ?? 0, CertificateNumber ?? "", CertifiedOn ?? today);
        var errors = certification.Validate(today).ToList();
        if (CertifiedOn is null)
        {
            errors.Add(FieldError.Required("certifiedOn"));
        }

        return (certification, errors);
    }
}

/// <summary>
/// The body of POST /api/social-workers: his profile, optionally his certificate (all three fields or none) and the user name
/// of the SocialWorker account that signs in as him.
/// </summary>
public sealed record class RegisterSocialWorkerRequest(
    [property: Required, StringLength(SocialWorkerProfile.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required, RegularExpression(SocialWorkerProfile.PhonePattern)] string? PhoneNumber,
    Guid? EmployerOrganizationId,
    [property: Required] Guid? DistrictId,
    [property: MaxLength(SocialWorkerProfile.MaxPlaces)] IReadOnlyList<Guid>? CommunityIds,
    [property: MaxLength(SocialWorkerProfile.MaxPlaces)] IReadOnlyList<Guid>? StationIds,
    [property: Required, MinLength(1)] IReadOnlyList<ServiceDomain>? Skills,
    [property: Required, Range(0, SocialWorkerProfile.MaxWeeklyHours)] int? WeeklyHoursAvailable,
    CertificationLevel? CertificationLevel,
    [property: RegularExpression(Certification.CertificateNumberPattern)] string? CertificateNumber,
    DateOnly? CertifiedOn,
    [property: StringLength(50)] string? AccountUserName)
{
    public SocialWorkerProfileRequest Profile => new(Name, PhoneNumber, EmployerOrganizationId, DistrictId, CommunityIds, StationIds, Skills, WeeklyHoursAvailable);

    public CertificationRequest? Certification =>
        CertificationLevel is null && string.IsNullOrWhiteSpace(CertificateNumber) && CertifiedOn is null
            ? null
            : new(CertificationLevel, CertificateNumber, CertifiedOn);
}

/// <summary>The body of POST /api/social-workers/{id}/leave.</summary>
public sealed record class LeaveRequest([property: Required] DateOnly? LeftOn);

/// <summary>The body of PUT /api/social-workers/{id}/account: the SocialWorker account that signs in as him; null or empty unlinks.</summary>
public sealed record class LinkAccountRequest([property: StringLength(50)] string? AccountUserName);
