using Incubator.Organizations;

namespace Incubator.Volunteers;

/// <summary>
/// A volunteer as the platform knows him. <see cref="ProtectedIdCardNumber"/> is the ID-card number encrypted by the
/// Client (null when he gave none): grains never see it in clear. <see cref="Services"/> are his confirmed hours, one per activity.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.VolunteerRecord")]
public sealed record class VolunteerRecord(
    Guid Id,
    string Name,
    string MobileNumber,
    Guid CommunityId,
    IReadOnlyList<ServiceDomain> Skills,
    string? Availability,
    string? ProtectedIdCardNumber,
    string AccountUserId,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<ConfirmedService> Services,
    IReadOnlyList<string> CertificateCodes)
{
    public decimal ConfirmedHours => Services.Sum(s => s.Hours);
}

/// <summary>One activity's confirmed hours (志愿服务记录) on the volunteer's record; a correction replaces it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ConfirmedService")]
public sealed record class ConfirmedService(
    Guid ActivityId,
    string ActivityTitle,
    string OrganizerName,
    DateTimeOffset StartsAt,
    decimal Hours,
    DateTimeOffset ConfirmedAt);
