using Incubator.Client.HandOffs;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

public sealed record class OrganizationDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    string ContactName,
    string ContactPhone,
    string? CreditCode,
    string FilingNumber,
    LegalStatus LegalStatus,
    OrganizationStage Stage,
    DateTimeOffset FiledAt,
    DateTimeOffset? IncubationStartedAt,
    DateTimeOffset? IncubationEndsAt,
    DateTimeOffset? GraduationReviewOpenedAt,
    Guid? CohortId,
    string? ExitReason,
    bool ExtensionUsed,
    DateTimeOffset? GraduatedAt,
    string? CertificateNumber,
    string? DecisionReason,
    HandOffDto? PendingHandOff,
    IReadOnlyList<IncubatorTenureDto> Tenures,
    IReadOnlyList<FormerName> FormerNames,
    LegalForm? LegalForm)
{
    /// <summary>Set when the credit code's division (positions 3-8) is not the organization's district's: a warning, not a refusal.</summary>
    public CreditCodeDivisionWarning? DivisionWarning { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<OrganizationRecord, OrganizationDto>().MaxDepth(MappingSetup.MaxDepth).ForMember(d => d.DivisionWarning, o => o.Ignore());
    }
}

/// <summary>The code's division, and the district (with its GB/T 2260 code) the organization's incubator lies in.</summary>
public sealed record class CreditCodeDivisionWarning(string CodeDivision, string DistrictName, string DistrictDivision)
{
    /// <summary>Null when there is nothing to warn about: no code, or a district without a division code, or the same division.</summary>
    public static CreditCodeDivisionWarning? Of(string? creditCode, Guid incubatorId, GeographySnapshot geography)
    {
        if (creditCode is not { Length: CreditCode.Length }
            || geography.FindIncubator(incubatorId) is not { } incubator
            || geography.FindArea(incubator.DistrictId) is not { DivisionCode: { } districtDivision } district)
        {
            return null;
        }

        var codeDivision = CreditCode.DivisionOf(creditCode);
        return codeDivision == districtDivision ? null : new(codeDivision, district.Name, districtDivision);
    }
}
