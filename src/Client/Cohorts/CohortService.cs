using Incubator.Cohorts;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

/// <summary>
/// Cohorts as a signed-in user may see and work them; the API and the web UI both go through here. Those who see an incubator
/// see its cohorts; its manager (or an administrator) opens cohorts, scores and decides; a representative sees the cohorts of
/// his organization's incubator, applies for his own organization and sees only its own application.
/// </summary>
public sealed class CohortService(IClusterClient cluster, IMapper mapper, ScopeService scopes, ProblemText text)
{
    public Task<GeographySnapshot> GeographyAsync() => cluster.GeographyAsync();

    public async Task<IReadOnlyList<CohortSummaryDto>> ListAsync(ClaimsPrincipal user, Guid? incubatorId)
    {
        var scope = await scopes.ForAsync(user);
        var incubators = scope.IncubatorsToList(scope.HomeIncubators, incubatorId);

        var lists = await Task.WhenAll(incubators.Select(i => cluster.Index<CohortSummary>(i).ListAsync()));
        var cohorts = CohortSummary.InListOrder(lists.SelectMany(l => l)).ToArray();
        return mapper.Map<IReadOnlyList<CohortSummaryDto>>(cohorts);
    }

    public async Task<CohortDto> OpenAsync(ClaimsPrincipal user, OpenCohortRequest request)
    {
        // Rights before the body's own rules: a caller who may not create here learns nothing about his input.
        var scope = await scopes.ForAsync(user);
        if (request.IncubatorId is { } incubatorId)
        {
            scope.RequireIncubatorToCreateAt(incubatorId, "opensCohorts");
        }

        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        scope.RequireIncubatorToCreateAt(command.IncubatorId, "opensCohorts");

        var opened = await cluster.GetGrain<ICohortGrain>(Guid.NewGuid()).OpenAsync(command, user.Actor());
        return mapper.Map<CohortDto>(opened);
    }

    public async Task<CohortDto> GetAsync(ClaimsPrincipal user, Guid id) => mapper.Map<CohortDto>(await ReadableAsync(user, id));

    /// <summary>Highest total first; a representative gets only his own organization's application.</summary>
    public async Task<IReadOnlyList<CohortApplicationDto>> ApplicationsAsync(ClaimsPrincipal user, Guid id)
    {
        var cohort = await ReadableAsync(user, id);
        var applications = await cluster.GetGrain<ICohortGrain>(cohort.Id).GetApplicationsAsync();
        var scope = await scopes.ForAsync(user);
        if (!SeesEveryApplication(scope, cohort))
        {
            applications = applications.Where(a => scope.IsRepresentativeOf(a.OrganizationId)).ToArray();
        }

        return applications.Select(Present).ToArray();
    }

    public async Task<CohortApplicationDto> ApplyAsync(ClaimsPrincipal user, Guid id, ApplyToCohortRequest request)
    {
        var cohort = await ReadableAsync(user, id);
        var scope = await scopes.ForAsync(user);
        var manages = scope.CanManage(cohort.IncubatorId);
        // Rights before the body's own rules: only the manager and representatives apply at all.
        UserScope.Require(manages || scope.IsRepresentative, ErrorCodes.RepresentativeOrManager, ErrorArg.Phrase("action", "submitsApplications"));
        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        if (!manages && !scope.IsRepresentativeOf(command.OrganizationId))
        {
            // Another organization's id reveals nothing about it.
            throw DomainException.NoSuch("organizationId", "organization", command.OrganizationId);
        }

        var application = await cluster.GetGrain<ICohortGrain>(cohort.Id).ApplyAsync(command, user.Actor());
        return Present(application);
    }

    public async Task<CohortApplicationDto> ScoreAsync(ClaimsPrincipal user, Guid id, Guid organizationId, ScoreApplicationRequest request)
    {
        var cohort = await ManageableAsync(user, id, "scoresApplications");
        var scored = await cluster.GetGrain<ICohortGrain>(cohort.Id).ScoreAsync(request.ToCommand(organizationId), user.Actor());
        return Present(scored);
    }

    public async Task<CohortApplicationDto> DecideAsync(ClaimsPrincipal user, Guid id, Guid organizationId, DecideApplicationRequest request)
    {
        var cohort = await ManageableAsync(user, id, "decidesApplications");
        var (command, errors) = request.ToCommand(organizationId);
        DomainException.ThrowIfInvalid(errors);
        var decided = await cluster.GetGrain<ICohortGrain>(cohort.Id).DecideAsync(command, user.Actor());
        return Present(decided);
    }

    /// <summary>A decision the platform took itself carries a code; it is worded here, in the caller's language.</summary>
    private CohortApplicationDto Present(CohortApplication application)
    {
        var dto = mapper.Map<CohortApplicationDto>(application);
        return application.DecisionReasonCode is { } code
            ? dto with { DecisionReason = text.Message(code, application.DecisionReasonArgs ?? []) }
            : dto;
    }

    /// <summary>The board shows every applicant, so a representative, who may see only his own organization, does not get it.</summary>
    public async Task<CohortBoardDto> BoardAsync(ClaimsPrincipal user, Guid id, BoardFilter filter)
    {
        var cohort = await ReadableAsync(user, id);
        UserScope.Require(SeesEveryApplication(await scopes.ForAsync(user), cohort), ErrorCodes.StaffOnly, ErrorArg.Phrase("what", "cohortBoard"));

        return mapper.Map<CohortBoardDto>(await cluster.GetGrain<ICohortGrain>(cohort.Id).GetBoardAsync(filter));
    }

    private static bool SeesEveryApplication(UserScope scope, CohortRecord cohort) =>
        !scope.IsRepresentative || scope.CanManage(cohort.IncubatorId);

    /// <summary>The cohort when the user may change it: 404 outside his scope, 403 when he may only read it.</summary>
    private async Task<CohortRecord> ManageableAsync(ClaimsPrincipal user, Guid id, string whatOnlyManagersDo)
    {
        var cohort = await ReadableAsync(user, id);
        (await scopes.ForAsync(user)).RequireManage(cohort.IncubatorId, whatOnlyManagersDo);
        return cohort;
    }

    /// <summary>The cohort when the user may see it; otherwise 404, so that ids outside one's scope reveal nothing.</summary>
    private async Task<CohortRecord> ReadableAsync(ClaimsPrincipal user, Guid id)
    {
        var cohort = await cluster.GetGrain<ICohortGrain>(id).GetAsync();
        if (cohort is null || !(await scopes.ForAsync(user)).IsHomeIncubator(cohort.IncubatorId))
        {
            throw DomainException.NoSuch("id", "cohort", id);
        }

        return cohort;
    }
}
