using Incubator.Common;
using Incubator.Geography;
using Incubator.Inbox;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Cohorts;

/// <summary>
/// One cohort. Orleans runs one call at a time here, so counting places and admitting is atomic: simultaneous admissions
/// queue up and the ones that find the cohort full are refused.
/// </summary>
public sealed class CohortGrain(
    [PersistentState("cohort", StorageNames.Incubator)] IPersistentState<CohortState> state,
    InboxReadModel inbox,
    TimelineWriter timeline,
    DomainClock clock) : Grain, ICohortGrain
{
    private Guid Id => this.GetPrimaryKey();

    private CohortState S => state.State;

    private int PlacesTaken => S.Applications.Count(a => a.Status == ApplicationStatus.Admitted);

    public async Task<CohortRecord> OpenAsync(OpenCohort command, Actor actor)
    {
        if (state.RecordExists)
        {
            throw DomainException.Conflict("id", ErrorCodes.AlreadyExists, ErrorArg.Noun("thing", "cohort"), ErrorArg.Text("id", Id));
        }

        DomainException.ThrowIfInvalid(command.Validate());

        command = command.Normalized();
        var geography = await GrainFactory.GeographyAsync();
        geography.RequireIncubator(command.IncubatorId);

        S.IncubatorId = command.IncubatorId;
        S.Name = command.Name;
        S.IntakeOpensOn = command.IntakeOpensOn;
        S.IntakeClosesOn = command.IntakeClosesOn;
        S.Capacity = command.Capacity;
        S.IncubationMonths = command.IncubationMonths;
        S.Criteria = [.. command.Criteria];
        S.FavouredCategories = [.. command.FavouredCategories];
        S.FavouredCategoryWeight = command.FavouredCategoryWeight;
        S.OpenedAt = clock.UtcNow;
        S.OpenedBy = actor.DisplayName;
        await SaveAsync();
        return ToRecord();
    }

    public Task<CohortRecord?> GetAsync() => Task.FromResult(state.RecordExists ? ToRecord() : null);

    public Task<IReadOnlyList<CohortApplication>> GetApplicationsAsync()
    {
        EnsureOpened();
        return Task.FromResult(RankedApplications());
    }

    public async Task<CohortApplication> ApplyAsync(ApplyToCohort command, Actor actor)
    {
        EnsureOpened();
        DomainException.ThrowIfInvalid(command.Validate());

        command = command.Normalized();
        if (Find(command.OrganizationId) is not null)
        {
            throw DomainException.Conflict("organizationId", ErrorCodes.CohortAlreadyApplied, ErrorArg.Text("cohort", S.Name));
        }

        var today = IntakeCalendar.Today(clock.UtcNow);
        if (!ToRecord().IsIntakeOpen(today))
        {
            throw DomainException.Conflict(
                "intakeWindow",
                ErrorCodes.CohortOutsideIntake,
                ErrorArg.Text("cohort", S.Name),
                ErrorArg.Date("opensOn", S.IntakeOpensOn),
                ErrorArg.Date("closesOn", S.IntakeClosesOn),
                ErrorArg.Date("today", today));
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command.OrganizationId).GetAsync()
            ?? throw DomainException.NoSuch("organizationId", "organization", command.OrganizationId);
        if (organization.IncubatorId != S.IncubatorId)
        {
            throw DomainException.Conflict("organizationId", ErrorCodes.CohortOtherIncubator, ErrorArg.Text("organization", organization.Name));
        }

        if (organization.Stage is not (OrganizationStage.Applied or OrganizationStage.Screening))
        {
            throw DomainException.Conflict("stage", ErrorCodes.CohortStageNotOpen, ErrorArg.Text("organization", organization.Name), ErrorArg.Label("stage", organization.Stage));
        }

        var application = new ApplicationState
        {
            OrganizationId = organization.Id,
            OrganizationName = organization.Name,
            Category = organization.Category,
            ServiceDomains = [.. organization.ServiceDomains],
            Mission = command.Mission,
            FormalMembers = command.FormalMembers,
            ServicesDelivered = command.ServicesDelivered,
            Needs = command.Needs,
            SubmittedAt = clock.UtcNow,
            SubmittedBy = actor.DisplayName,
            Status = ApplicationStatus.Pending,
        };
        S.Applications.Add(application);
        await SaveAsync();
        await timeline.AppendAsync(application.OrganizationId, TimelineAction.AppliedToCohort, actor, CohortName());
        await inbox.OpenAsync(new InboxItem(
            ApplicationKey(application.OrganizationId), S.IncubatorId, InboxAudience.Manager, InboxKind.ApplicationToScore,
            application.OrganizationId, application.OrganizationName, new DateTimeOffset(S.IntakeClosesOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), clock.UtcNow));
        return ToApplication(application);
    }

    public async Task<CohortApplication> ScoreAsync(ScoreApplication command, Actor actor)
    {
        EnsureOpened();
        var application = Require(command.OrganizationId);
        if (application.Status is not (ApplicationStatus.Pending or ApplicationStatus.Waitlisted))
        {
            throw DomainException.Conflict("status", ErrorCodes.CohortNotScorable, ErrorArg.Label("status", application.Status));
        }

        DomainException.ThrowIfInvalid(command.Validate(S.Criteria));

        application.Scores = CohortScoring.Merge(S.Criteria, application.Scores, command.Scores);
        await state.WriteStateAsync();
        var scored = ToApplication(application);
        // Criteria are the cohort's own words; scores and total are numbers.
        var scores = string.Join(", ", command.Scores.Select(s => $"{s.Criterion.Trim()} {s.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        await timeline.AppendAsync(application.OrganizationId, TimelineAction.ApplicationScored, actor,
            CohortName(), TimelineArgument.Text(TimelineArgs.Scores, scores), TimelineArgument.Number(TimelineArgs.Total, scored.Total));
        return scored;
    }

    public async Task<CohortApplication> DecideAsync(DecideApplication command, Actor actor)
    {
        EnsureOpened();
        DomainException.ThrowIfInvalid(command.Validate());

        var application = Require(command.OrganizationId);
        var allowed = application.Status == ApplicationStatus.Pending
            || (application.Status == ApplicationStatus.Waitlisted && command.Decision != CohortDecision.Waitlist);
        if (!allowed)
        {
            throw DomainException.Conflict("status", ErrorCodes.CohortNotDecidable, ErrorArg.Label("status", application.Status), ErrorArg.Label("decision", command.Decision));
        }

        var reason = command.Reason.Trim();
        switch (command.Decision)
        {
            case CohortDecision.Admit:
                await AdmitAsync(application, DecisionReason.Typed(reason), actor);
                await timeline.AppendAsync(application.OrganizationId, TimelineAction.AdmittedByCohort, actor, CohortName(), Reason(reason));
                break;
            case CohortDecision.Waitlist:
                Decide(application, ApplicationStatus.Waitlisted, DecisionReason.Typed(reason), actor);
                application.WaitlistNumber = S.NextWaitlistNumber++;
                await SaveAsync();
                await timeline.AppendAsync(application.OrganizationId, TimelineAction.Waitlisted, actor,
                    CohortName(), TimelineArgument.Number(TimelineArgs.Position, ToApplication(application).WaitlistPosition ?? 0), Reason(reason));
                break;
            default:
                Decide(application, ApplicationStatus.Declined, DecisionReason.Typed(reason), actor);
                await SaveAsync();
                await timeline.AppendAsync(application.OrganizationId, TimelineAction.Declined, actor, CohortName(), Reason(reason));
                break;
        }

        await inbox.CloseAsync([ApplicationKey(application.OrganizationId)], clock.UtcNow);
        return ToApplication(application);
    }

    public async Task<CohortBoard> GetBoardAsync(BoardFilter filter)
    {
        EnsureOpened();
        var applications = RankedApplications();
        var organizations = await Task.WhenAll(applications.Select(a => GrainFactory.GetGrain<IOrganizationGrain>(a.OrganizationId).GetAsync()));
        var geography = await GrainFactory.GeographyAsync();
        return CohortBoardBuilder.Build(
            ToRecord(),
            applications,
            organizations.OfType<OrganizationRecord>().ToDictionary(o => o.Id),
            geography,
            clock.UtcNow,
            filter ?? BoardFilter.None);
    }

    public async Task ReleasePlaceAsync(Guid organizationId)
    {
        // Called again after a retry, or for an organization that holds no place here: nothing to free.
        if (!state.RecordExists || Find(organizationId) is not { Status: ApplicationStatus.Admitted } application)
        {
            return;
        }

        application.Status = ApplicationStatus.PlaceReleased;
        await SaveAsync();
        await PromoteFromWaitlistAsync();
    }

    /// <summary>Fills free places from the waitlist in waitlist order; a waitlisted organization that can no longer be admitted is declined, with why.</summary>
    private async Task PromoteFromWaitlistAsync()
    {
        while (PlacesTaken < S.Capacity
               && S.Applications.Where(a => a.Status == ApplicationStatus.Waitlisted).MinBy(a => a.WaitlistNumber) is { } next)
        {
            try
            {
                await AdmitAsync(next, new DecisionReason(null, ErrorCodes.CohortPromotedFromWaitlist, []), Actor.System);
                await timeline.AppendAsync(next.OrganizationId, TimelineAction.PromotedFromWaitlist, Actor.System, CohortName());
            }
            catch (DomainException e)
            {
                // The refusal itself is the reason, worded by the Client like any refusal.
                Decide(next, ApplicationStatus.Declined, new DecisionReason(null, e.Code, e.Args), Actor.System);
                await SaveAsync();
            }
        }
    }

    /// <summary>Takes the place before asking the organization to enter incubation, and gives it back if the organization refuses.</summary>
    private async Task AdmitAsync(ApplicationState application, DecisionReason reason, Actor actor)
    {
        if (PlacesTaken >= S.Capacity)
        {
            throw DomainException.Conflict("capacity", ErrorCodes.CohortFull, ErrorArg.Text("cohort", S.Name), ErrorArg.Text("capacity", S.Capacity));
        }

        var before = (application.Status, application.DecisionReason, application.DecisionReasonCode, application.DecisionReasonArgs,
            application.DecidedAt, application.DecidedBy, application.WaitlistNumber);
        Decide(application, ApplicationStatus.Admitted, reason, actor);
        await SaveAsync();
        try
        {
            await GrainFactory.GetGrain<IOrganizationGrain>(application.OrganizationId)
                .AdmitAsync(new AdmitOrganization(S.IncubationMonths, Id), actor);
        }
        catch (DomainException)
        {
            (application.Status, application.DecisionReason, application.DecisionReasonCode, application.DecisionReasonArgs,
                application.DecidedAt, application.DecidedBy, application.WaitlistNumber) = before;
            await SaveAsync();
            throw;
        }
    }

    private void Decide(ApplicationState application, ApplicationStatus status, DecisionReason reason, Actor actor)
    {
        application.Status = status;
        application.DecisionReason = reason.Text;
        application.DecisionReasonCode = reason.Code;
        application.DecisionReasonArgs = [.. reason.Args];
        application.DecidedAt = clock.UtcNow;
        application.DecidedBy = actor.DisplayName;
        application.WaitlistNumber = null;
    }

    private void EnsureOpened()
    {
        if (!state.RecordExists)
        {
            throw DomainException.NoSuch("id", "cohort", Id);
        }
    }

    private ApplicationState? Find(Guid organizationId) => S.Applications.FirstOrDefault(a => a.OrganizationId == organizationId);

    private ApplicationState Require(Guid organizationId) =>
        Find(organizationId) ?? throw DomainException.NotFound("organizationId", ErrorCodes.CohortNotApplied, ErrorArg.Text("cohort", S.Name), ErrorArg.Text("id", organizationId));

    /// <summary>Writes the state, then the incubator's list row, so the list never shows a change the cohort did not keep.</summary>
    private string ApplicationKey(Guid organizationId) => $"{InboxKind.ApplicationToScore}:{Id:N}:{organizationId:N}";

    private async Task SaveAsync()
    {
        await state.WriteStateAsync();
        var record = ToRecord();
        await GrainFactory.Index<CohortSummary>(S.IncubatorId).UpsertAsync(new CohortSummary(
            Id, S.IncubatorId, S.Name, S.IntakeOpensOn, S.IntakeClosesOn, S.Capacity, S.IncubationMonths,
            record.PlacesTaken, record.ApplicationCount, record.WaitlistCount));
    }

    private IReadOnlyList<CohortApplication> RankedApplications() =>
        S.Applications.Select(ToApplication).OrderByDescending(a => a.Total).ThenBy(a => a.SubmittedAt).ToArray();

    private CohortRecord ToRecord() => new(
        Id,
        S.IncubatorId,
        S.Name,
        S.IntakeOpensOn,
        S.IntakeClosesOn,
        S.Capacity,
        S.IncubationMonths,
        S.Criteria.ToArray(),
        S.FavouredCategories.ToArray(),
        S.FavouredCategoryWeight,
        S.OpenedAt,
        S.OpenedBy,
        PlacesTaken,
        S.Applications.Count,
        S.Applications.Count(a => a.Status == ApplicationStatus.Waitlisted));

    private CohortApplication ToApplication(ApplicationState a)
    {
        var criteriaTotal = CohortScoring.CriteriaTotal(S.Criteria, a.Scores);
        var bonus = CohortScoring.FavouredBonus(S.FavouredCategories, S.FavouredCategoryWeight, a.Category);
        int? position = a.Status == ApplicationStatus.Waitlisted
            ? S.Applications.Count(w => w.Status == ApplicationStatus.Waitlisted && w.WaitlistNumber < a.WaitlistNumber) + 1
            : null;
        return new CohortApplication(
            Id, a.OrganizationId, a.OrganizationName, a.Category, a.ServiceDomains.ToArray(), a.Mission, a.FormalMembers, a.ServicesDelivered,
            a.Needs, a.SubmittedAt, a.SubmittedBy, a.Scores.ToArray(), criteriaTotal, bonus, criteriaTotal + bonus, a.Status,
            a.DecisionReason, a.DecidedAt, a.DecidedBy, position, a.DecisionReasonCode, a.DecisionReasonArgs.ToArray());
    }

    private TimelineArgument CohortName() => TimelineArgument.Text(TimelineArgs.Cohort, S.Name);

    private static TimelineArgument Reason(string reason) => TimelineArgument.Text(TimelineArgs.Reason, reason);
}

/// <summary>Why an application was decided: the manager's own words, or a code and its arguments when the platform decided.</summary>
internal sealed record class DecisionReason(string? Text, string? Code, IReadOnlyList<ErrorArg> Args)
{
    public static DecisionReason Typed(string text) => new(text, null, []);
}
