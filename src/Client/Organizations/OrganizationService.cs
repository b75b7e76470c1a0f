using Incubator.Client.Inbox;
using Incubator.Client.Privacy;
using Incubator.Client.Timeline;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Client.Organizations;

/// <summary>Organizations as a signed-in user may see and change them; the API and the web UI both go through here.</summary>
public sealed class OrganizationService(IClusterClient cluster, IMapper mapper, ScopeService access, TimelineRenderer timeline)
{
    public Task<GeographySnapshot> GeographyAsync() => cluster.GeographyAsync();

    /// <summary>A page of the organizations the user sees; <paramref name="cursor"/> is a previous page's Next or Previous.</summary>
    public async Task<OrganizationPageDto> SearchAsync(
        ClaimsPrincipal user, Guid? incubatorId, string? search, OrganizationSort sort, bool descending, int page, int pageSize, string? cursor = null)
    {
        var scope = await access.ForAsync(user);
        IReadOnlyList<Guid>? incubators = scope.VisibleIncubators;
        if (incubatorId is { } id)
        {
            incubators = scope.SeesIncubator(id)
                ? [id]
                : throw DomainException.NoSuch("incubatorId", "incubator", id);
        }

        var query = new OrganizationQuery(incubators, search, sort, descending, page, pageSize, cursor);
        DomainException.ThrowIfInvalid(query.Validate());
        if (incubators is [])
        {
            return new OrganizationPageDto([], page, pageSize, 0, false, null, null);
        }

        var found = await cluster.GetGrain<IOrganizationDirectoryGrain>(0).SearchAsync(query);
        return new OrganizationPageDto(
            mapper.Map<IReadOnlyList<OrganizationSummaryDto>>(found.Items), found.PageNumber, found.PageSize,
            found.TotalCount, found.TotalCountIsLowerBound, found.Next, found.Previous);
    }

    public async Task<OrganizationDto> FileAsync(ClaimsPrincipal user, FileOrganizationRequest request)
    {
        // Rights before the body's own rules: a caller who may not create here learns nothing about his input.
        var scope = await access.ForAsync(user);
        if (request.IncubatorId is { } incubatorId)
        {
            scope.RequireIncubatorToCreateAt(incubatorId, "filesOrganizations");
        }

        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        scope.RequireIncubatorToCreateAt(command.IncubatorId, "filesOrganizations");

        var filed = await cluster.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(command, user.Actor());
        return await WithChecksAsync(mapper.Map<OrganizationDto>(filed));
    }

    public async Task<OrganizationDto> GetAsync(ClaimsPrincipal user, Guid id)
    {
        var organization = await access.ReadableAsync(user, id);
        var dto = await WithChecksAsync(mapper.Map<OrganizationDto>(organization));
        return (await access.ForAsync(user)).SeesContactsOf(organization)
            ? dto
            : dto with { ContactName = PersonalData.MaskName(dto.ContactName), ContactPhone = PersonalData.MaskPhone(dto.ContactPhone) };
    }

    /// <summary>Adds what the platform warns about but does not refuse: a credit code from another district.</summary>
    private async Task<OrganizationDto> WithChecksAsync(OrganizationDto dto) =>
        dto with { DivisionWarning = CreditCodeDivisionWarning.Of(dto.CreditCode, dto.IncubatorId, await cluster.GeographyAsync()) };

    /// <summary>One page of the timeline, newest first, rendered in the current UI culture; "before" is the previous page's Next.</summary>
    public async Task<TimelinePageDto> TimelineAsync(ClaimsPrincipal user, Guid id, string? before = null, int pageSize = TimelinePage.DefaultSize)
    {
        var organization = await access.ReadableAsync(user, id);
        var scope = await access.ForAsync(user);

        // Someone who held the organization before sees the period he held it, nothing after.
        var within = scope.SeesCurrently(organization) ? null : scope.PastTenuresVisibleTo(organization);
        var page = await cluster.GetGrain<ITimelineGrain>(id).GetPageAsync(TimelineCursorText.Parse(before), pageSize, within);
        return new TimelinePageDto(await timeline.RenderAsync(page.Entries), page.Next is { } next ? TimelineCursorText.Format(next) : null);
    }

    public async Task<OrganizationDto> AdmitAsync(ClaimsPrincipal user, Guid id, AdmitOrganizationRequest request)
    {
        var organization = await access.ManageableAsync(user, id, "admitsOrganizations");
        var command = request.ToCommand();
        DomainException.ThrowIfInvalid(command.Validate());
        return mapper.Map<OrganizationDto>(await cluster.GetGrain<IOrganizationGrain>(organization.Id).AdmitAsync(command, user.Actor()));
    }

    public async Task<OrganizationDto> RegisterAsync(ClaimsPrincipal user, Guid id, RegisterOrganizationRequest request)
    {
        var organization = await access.ManageableAsync(user, id, "recordsRegistrations");
        var missing = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.CreditCode))
        {
            missing.Add(FieldError.Required("creditCode"));
        }

        if (request.LegalForm is null)
        {
            missing.Add(FieldError.Required("legalForm"));
        }

        DomainException.ThrowIfInvalid(missing);
        var registered = await cluster.GetGrain<IOrganizationGrain>(organization.Id).RegisterAsync(request.CreditCode!, request.LegalForm!.Value, user.Actor());
        return await WithChecksAsync(mapper.Map<OrganizationDto>(registered));
    }

    public async Task<OrganizationDto> ExitAsync(ClaimsPrincipal user, Guid id, ExitOrganizationRequest request)
    {
        var organization = await access.ManageableAsync(user, id, "decidesExits");
        return mapper.Map<OrganizationDto>(await cluster.GetGrain<IOrganizationGrain>(organization.Id).ExitAsync(request.Reason ?? "", user.Actor()));
    }

    /// <summary>The manager changes name, service domains and contacts; the representative only the contacts.</summary>
    public async Task<OrganizationDto> EditAsync(ClaimsPrincipal user, Guid id, EditOrganizationRequest request)
    {
        var command = request.ToCommand().Normalized();
        var organization = command.ChangesManagedFields
            ? await access.ManageableAsync(user, id, "renamesOrganizations")
            : await access.ActableForAsync(user, id, "editsContacts");
        DomainException.ThrowIfInvalid(command.Validate());
        await cluster.GetGrain<IOrganizationGrain>(organization.Id).EditAsync(command, user.Actor());
        return await GetAsync(user, id);
    }

    public async Task<IReadOnlyList<ReviewTaskDto>> ReviewTasksAsync(ClaimsPrincipal user)
    {
        var visible = (await access.ForAsync(user)).VisibleIncubators;
        if (visible is [])
        {
            return [];
        }

        var tasks = await cluster.GetGrain<IOrganizationDirectoryGrain>(0).OpenReviewTasksAsync(visible);
        return mapper.Map<IReadOnlyList<ReviewTaskDto>>(tasks);
    }
}
