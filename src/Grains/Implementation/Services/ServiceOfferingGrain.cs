using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;
using Orleans.Concurrency;

namespace Incubator.Services;

/// <summary>Persisted offer of one organization. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.ServiceOfferingState")]
public sealed class ServiceOfferingState
{
    [Id(0)] public ServiceOfferingRecord? Offering { get; set; }
}

/// <summary>An organization's service offer (docs/domain.md §10); its row in incubator.service_offerings follows each write.</summary>
public sealed class ServiceOfferingGrain(
    [PersistentState("serviceOffering", StorageNames.Incubator)] IPersistentState<ServiceOfferingState> state,
    ServicesReadModel readModel,
    TimelineWriter timeline,
    DomainClock clock) : Grain, IServiceOfferingGrain
{
    private Guid OrganizationId => this.GetPrimaryKey();

    public Task<ServiceOfferingRecord?> GetAsync() => Task.FromResult(state.State.Offering);

    public async Task<ServiceOfferingRecord> SetAsync(SetServiceOffering command, Actor actor)
    {
        DomainException.ThrowIfInvalid(command.Validate());
        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(OrganizationId).GetAsync()
            ?? throw DomainException.NoSuch("id", "organization", OrganizationId);
        var geography = await GrainFactory.GeographyAsync();
        if (command.AreaIds.FirstOrDefault(id => geography.FindArea(id) is null) is var unknown && unknown != Guid.Empty)
        {
            throw DomainException.Invalid(FieldError.Of("areaIds", ErrorCodes.OfferingUnknownArea, ErrorArg.Text("id", unknown)));
        }

        var districtId = geography.FindIncubator(organization.IncubatorId) is { } incubator ? incubator.DistrictId : Guid.Empty;
        state.State.Offering = new ServiceOfferingRecord(
            OrganizationId, organization.Name, districtId, command.Domains.Order().ToArray(), command.TargetGroups.Order().ToArray(),
            command.AreaIds.ToArray(), command.MonthlyCapacity, command.Priced, Blank(command.PriceNote), Blank(command.Description),
            actor.DisplayName, clock.UtcNow);
        await state.WriteStateAsync();
        await readModel.UpsertAsync(state.State.Offering);
        await timeline.AppendAsync(OrganizationId, TimelineAction.ServiceOfferingUpdated, actor,
            TimelineArgument.List(TimelineArgs.ServiceDomains, state.State.Offering.Domains.Select(d => d.ToString())),
            TimelineArgument.Number(TimelineArgs.Count, command.MonthlyCapacity));
        return state.State.Offering;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

[StatelessWorker]
public sealed class ServiceDirectoryGrain(ServicesReadModel services) : Grain, IServiceDirectoryGrain
{
    public Task<IReadOnlyList<ServiceOfferingRecord>> OfferingsAsync(IReadOnlyList<Guid>? areaIds, int limit) => services.OfferingsAsync(areaIds, limit);

    public Task<IReadOnlyList<EngagementEvidence>> EvidenceAsync(Guid organizationId) => services.EvidenceAsync(organizationId);
}
