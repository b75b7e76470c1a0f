using System.ComponentModel.DataAnnotations;
using Incubator.Communities;
using Incubator.Organizations;
using Incubator.Services;

namespace Incubator.Client.Services;

public sealed record class ServiceOfferingRequest(
    [property: Required, MinLength(1)] IReadOnlyList<ServiceDomain>? Domains,
    [property: Required, MinLength(1)] IReadOnlyList<TargetGroup>? TargetGroups,
    [property: Required, MinLength(1), MaxLength(SetServiceOffering.MaxAreas)] IReadOnlyList<Guid>? AreaIds,
    [property: Required, Range(0, SetServiceOffering.MaxMonthlyCapacity)] int? MonthlyCapacity,
    [property: Required] bool? Priced,
    [property: StringLength(SetServiceOffering.MaxPriceNoteLength)] string? PriceNote,
    [property: StringLength(SetServiceOffering.MaxDescriptionLength)] string? Description);

public sealed record class ServiceOfferingDto(
    Guid OrganizationId, string OrganizationName, Guid DistrictId, IReadOnlyList<ServiceDomain> Domains, IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<Guid> AreaIds, int MonthlyCapacity, bool Priced, string? PriceNote, string? Description, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    private sealed class Mapping : DtoMap<ServiceOfferingRecord, ServiceOfferingDto>;
}

public sealed record class EngagementEvidenceDto(
    Guid EngagementId, Guid NeedId, string NeedTitle, Guid CommunityId, DateOnly StartsOn, DateOnly EndsOn, decimal HoursLogged, int ResidentsServed, int? FeedbackScore)
{
    private sealed class Mapping : DtoMap<EngagementEvidence, EngagementEvidenceDto>;
}

/// <summary>An organization's offer with its past engagements as evidence; Offering is null until one is set.</summary>
public sealed record class OrganizationServicesDto(Guid OrganizationId, ServiceOfferingDto? Offering, IReadOnlyList<EngagementEvidenceDto> Evidence);

/// <summary>
/// The service list (服务清单, docs/domain.md §10): an organization's representative (or its manager) keeps its offer;
/// a community worker reads his subdistrict's list, leaders and staff their district's.
/// </summary>
public sealed class ServicesService(IClusterClient cluster, IMapper mapper, ScopeService scopes)
{
    public async Task<IReadOnlyList<ServiceOfferingDto>> ListAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.OwnOrganizationId is { } own)
        {
            return await cluster.GetGrain<IServiceOfferingGrain>(own).GetAsync() is { } mine ? [mapper.Map<ServiceOfferingDto>(mine)] : [];
        }

        var areas = scope.ServiceListAreas;
        return areas is [] ? [] : mapper.Map<IReadOnlyList<ServiceOfferingDto>>(await cluster.GetGrain<IServiceDirectoryGrain>(0).OfferingsAsync(areas, 500));
    }

    public async Task<OrganizationServicesDto> GetAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var scope = await scopes.ForAsync(user);
        var offering = await cluster.GetGrain<IServiceOfferingGrain>(organizationId).GetAsync();
        var readable = scope.IsRepresentativeOf(organizationId)
            || (offering is not null && (scope.ServiceListAreas is not { } areas || offering.AreaIds.Any(areas.Contains)))
            || (await cluster.GetGrain<IOrganizationGrain>(organizationId).GetAsync() is { } organization && scope.SeesCurrently(organization));
        if (!readable)
        {
            throw DomainException.NoSuch("id", "organization", organizationId);
        }

        var evidence = await cluster.GetGrain<IServiceDirectoryGrain>(0).EvidenceAsync(organizationId);
        return new(organizationId, offering is null ? null : mapper.Map<ServiceOfferingDto>(offering), mapper.Map<IReadOnlyList<EngagementEvidenceDto>>(evidence));
    }

    public async Task<OrganizationServicesDto> SetAsync(ClaimsPrincipal user, Guid organizationId, ServiceOfferingRequest request)
    {
        // 404 unless he may read the offer; 403 when he may only read it (a community worker reading his subdistrict's list);
        // both before the body's own rules.
        await GetAsync(user, organizationId);
        var scope = await scopes.ForAsync(user);
        var organization = await cluster.GetGrain<IOrganizationGrain>(organizationId).GetAsync();
        UserScope.Require(organization is not null && scope.CanActFor(organization), ErrorCodes.RepresentativeOrManager, ErrorArg.Phrase("action", "keepsServiceOffering"));
        var errors = new List<FieldError>();
        if (request.MonthlyCapacity is null)
        {
            errors.Add(FieldError.Required("monthlyCapacity"));
        }

        if (request.Priced is null)
        {
            errors.Add(FieldError.Required("priced"));
        }

        var command = new SetServiceOffering(request.Domains ?? [], request.TargetGroups ?? [], request.AreaIds ?? [], request.MonthlyCapacity ?? 0,
            request.Priced ?? false, request.PriceNote, request.Description);
        DomainException.ThrowIfInvalid([.. errors, .. command.Validate()]);
        await cluster.GetGrain<IServiceOfferingGrain>(organizationId).SetAsync(command, user.Actor());
        return await GetAsync(user, organizationId);
    }
}

public static class ServicesApi
{
    public static IEndpointRouteBuilder MapServicesApi(this IEndpointRouteBuilder app)
    {
        var services = app.MapFeature("/api/services", "Services");
        services.MapGet("/", (ClaimsPrincipal user, ServicesService offers) => offers.ListAsync(user))
            .WithSummary("The service list you may read: your subdistrict's (community worker), your district's (leaders, staff), your own offer (representative).");

        var organization = app.MapFeature("/api/organizations/{id:guid}/service-offering", "Services");
        organization.MapGet("/", (ClaimsPrincipal user, ServicesService offers, Guid id) => offers.GetAsync(user, id))
            .WithSummary("An organization's offer (domains, target groups, areas served, monthly capacity, free or priced) and its past engagements as evidence.");
        organization.MapPut("/", (ClaimsPrincipal user, ServicesService offers, Guid id, ServiceOfferingRequest request) => offers.SetAsync(user, id, request))
            .WithSummary("Set the organization's offer (its representative or its incubator's manager).");
        return app;
    }
}
