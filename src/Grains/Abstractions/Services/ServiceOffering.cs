using Incubator.Common;
using Incubator.Communities;
using Incubator.Organizations;

namespace Incubator.Services;

/// <summary>What an organization offers (服务清单): kept by its representative or its incubator's manager.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.SetServiceOffering")]
public sealed record class SetServiceOffering(
    IReadOnlyList<ServiceDomain> Domains,
    IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<Guid> AreaIds,
    int MonthlyCapacity,
    bool Priced,
    string? PriceNote,
    string? Description)
{
    /// <summary>Engagements the organization can run at one time; what matching counts its capacity left from.</summary>
    public const int MaxMonthlyCapacity = 500;
    public const int MaxPriceNoteLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxAreas = 50;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Domains is null || Domains.Count == 0)
        {
            errors.Add(new("domains", ErrorCodes.AtLeastOne));
        }
        else if (Domains.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add(FieldError.UnknownValue("domains"));
        }
        else if (Domains.Distinct().Count() != Domains.Count)
        {
            errors.Add(new("domains", ErrorCodes.Duplicates));
        }

        if (TargetGroups is null || TargetGroups.Count == 0)
        {
            errors.Add(new("targetGroups", ErrorCodes.AtLeastOne));
        }
        else if (TargetGroups.Any(g => !Enum.IsDefined(g)))
        {
            errors.Add(FieldError.UnknownValue("targetGroups"));
        }
        else if (TargetGroups.Distinct().Count() != TargetGroups.Count)
        {
            errors.Add(new("targetGroups", ErrorCodes.Duplicates));
        }

        if (AreaIds is null || AreaIds.Count == 0)
        {
            errors.Add(new("areaIds", ErrorCodes.AtLeastOne));
        }
        else if (AreaIds.Count > MaxAreas)
        {
            errors.Add(FieldError.Of("areaIds", ErrorCodes.TooMany, ErrorArg.Text("max", MaxAreas)));
        }
        else if (AreaIds.Distinct().Count() != AreaIds.Count)
        {
            errors.Add(new("areaIds", ErrorCodes.Duplicates));
        }

        if (MonthlyCapacity is < 0 or > MaxMonthlyCapacity)
        {
            errors.Add(FieldError.OutOfRange("monthlyCapacity", 0, MaxMonthlyCapacity));
        }

        if (PriceNote is { Length: > 0 } note && (note.Trim().Length > MaxPriceNoteLength ? FieldError.TooLong("priceNote", MaxPriceNoteLength) : InputBounds.Text("priceNote", note)) is { } badNote)
        {
            errors.Add(badNote);
        }

        if (Description is { Length: > 0 } description && (description.Trim().Length > MaxDescriptionLength ? FieldError.TooLong("description", MaxDescriptionLength) : InputBounds.Text("description", description)) is { } badDescription)
        {
            errors.Add(badDescription);
        }

        return errors;
    }
}

/// <summary>An organization's service offer; <paramref name="Evidence"/> are its past engagements (done), newest first.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ServiceOfferingRecord")]
public sealed record class ServiceOfferingRecord(
    Guid OrganizationId,
    string OrganizationName,
    Guid DistrictId,
    IReadOnlyList<ServiceDomain> Domains,
    IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<Guid> AreaIds,
    int MonthlyCapacity,
    bool Priced,
    string? PriceNote,
    string? Description,
    string UpdatedBy,
    DateTimeOffset UpdatedAt);

/// <summary>A past engagement shown as evidence on a service offer.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.EngagementEvidence")]
public sealed record class EngagementEvidence(Guid EngagementId, Guid NeedId, string NeedTitle, Guid CommunityId, DateOnly StartsOn, DateOnly EndsOn, decimal HoursLogged, int ResidentsServed, int? FeedbackScore);

/// <summary>An organization's service offer, keyed by the organization id.</summary>
public interface IServiceOfferingGrain : IGrainWithGuidKey
{
    /// <summary>Null until the organization has set one.</summary>
    Task<ServiceOfferingRecord?> GetAsync();

    Task<ServiceOfferingRecord> SetAsync(SetServiceOffering command, Actor actor);
}

/// <summary>Reads the service list (incubator.service_offerings) and the evidence behind it.</summary>
public interface IServiceDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Offers serving any of these areas (null = all), by organization name.</summary>
    Task<IReadOnlyList<ServiceOfferingRecord>> OfferingsAsync(IReadOnlyList<Guid>? areaIds, int limit);

    Task<IReadOnlyList<EngagementEvidence>> EvidenceAsync(Guid organizationId);
}
