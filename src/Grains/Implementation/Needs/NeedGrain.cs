using Incubator.Common;
using Incubator.Funding;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.SocialWorkers;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Needs;

/// <summary>
/// A need, its proposals, engagement and service logs (docs/domain.md §10). It calls the social worker's grain to
/// reserve, confirm and release hours and never is called back by it; the read-model rows follow each write.
/// </summary>
public sealed class NeedGrain(
    [PersistentState("need", StorageNames.Incubator)] IPersistentState<NeedState> state,
    NeedsReadModel readModel,
    INeedJobs jobs,
    TimelineWriter timeline,
    DomainClock clock) : Grain, INeedGrain
{
    private Guid Id => this.GetPrimaryKey();

    private NeedRecord Need => state.State.Need ?? throw DomainException.NoSuch("id", "need", Id);

    public Task<NeedRecord?> GetAsync() => Task.FromResult(state.State.Need);

    public async Task<NeedRecord> PostAsync(PostNeed command, Actor actor)
    {
        if (state.State.Need is { } posted)
        {
            return posted; // the same id posted again (a retried request) changes nothing
        }

        var geography = await GrainFactory.GeographyAsync();
        if (geography.FindArea(command.CommunityId) is not { Level: AreaLevel.Community } community)
        {
            throw DomainException.Invalid("communityId", ErrorCodes.NeedNotACommunity);
        }

        var today = Today(geography, community.Id);
        DomainException.ThrowIfInvalid(command.Validate(today));
        var subdistrictId = community.ParentId is { } parent && geography.FindArea(parent) is { Level: AreaLevel.Subdistrict } subdistrict ? subdistrict.Id : community.ParentId ?? community.Id;
        var districtId = geography.DistrictOf(community.Id)?.Id ?? subdistrictId;
        var days = await GrainFactory.GetGrain<INeedSettingsGrain>(community.Id).EscalationDaysAsync();
        var now = clock.UtcNow;
        state.State.Need = new NeedRecord(
            Id, community.Id, subdistrictId, districtId, command.Title.Trim(), command.Domain, command.TargetGroup, command.ResidentsAffected,
            command.Urgency, command.WantedBy, command.Budget, Blank(command.Description), NeedStatus.Open, actor.UserId, actor.DisplayName,
            now, today.AddDays(days), EscalationLevel.Community, null, null, [], null);
        state.State.EscalationJobId = jobs.ScheduleEscalation(Id, EscalationLevel.Subdistrict, now.AddDays(days));
        await state.WriteStateAsync();
        await ProjectAsync();
        return Need;
    }

    public async Task EscalateAsync(EscalationLevel level)
    {
        if (state.State.Need is not { Status: NeedStatus.Open } need || need.EscalationLevel >= level || level == EscalationLevel.Community)
        {
            return;
        }

        // Each level waits the community's delay again; a job run early (by hand) waits for its time.
        var days = await GrainFactory.GetGrain<INeedSettingsGrain>(need.CommunityId).EscalationDaysAsync();
        var now = clock.UtcNow;
        if (now < need.PostedAt.AddDays(days * (int)level))
        {
            return;
        }

        state.State.Need = need with { EscalationLevel = level };
        state.State.EscalationJobId = level < EscalationLevel.District
            ? jobs.ScheduleEscalation(Id, level + 1, need.PostedAt.AddDays(days * ((int)level + 1)))
            : null;
        await state.WriteStateAsync();
        await ProjectAsync();
    }

    public async Task<NeedRecord> CloseAsync(string reason, Actor actor)
    {
        var need = RequireStatus(NeedStatus.Open);
        if (FieldError.Text("reason", reason, 1000) is { } bad)
        {
            throw DomainException.Invalid(bad);
        }

        var withdrawn = need.Proposals.Where(p => p.Status == ProposalStatus.Pending).Select(p => p.Id).ToArray();
        state.State.Need = need with
        {
            Status = NeedStatus.Closed,
            ClosedReason = reason.Trim(),
            Proposals = need.Proposals.Select(p => p.Status == ProposalStatus.Pending ? p with { Status = ProposalStatus.Withdrawn } : p).ToArray(),
        };
        CancelEscalation();
        await state.WriteStateAsync();
        await ProjectAsync();
        await ReleaseAsync(need, withdrawn);
        return Need;
    }

    public async Task<ProposalRecord> ProposeAsync(ProposeTeam command, Actor actor)
    {
        var need = RequireStatus(NeedStatus.Open);
        var geography = await GrainFactory.GeographyAsync();
        DomainException.ThrowIfInvalid(command.Validate(Today(geography, need.CommunityId)));
        if (need.Proposals.Any(p => p.Status == ProposalStatus.Pending && p.OrganizationId == command.OrganizationId && p.SocialWorkerId == command.SocialWorkerId))
        {
            throw DomainException.Conflict("socialWorkerId", ErrorCodes.ProposalSameTeam);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command.OrganizationId).GetAsync()
            ?? throw DomainException.NoSuchInput("organizationId", "organization", command.OrganizationId);
        var socialWorkerGrain = GrainFactory.GetGrain<ISocialWorkerGrain>(command.SocialWorkerId);
        if (!await socialWorkerGrain.ExistsAsync())
        {
            throw DomainException.NoSuchInput("socialWorkerId", "socialWorker", command.SocialWorkerId);
        }

        var socialWorker = await socialWorkerGrain.GetAsync();
        if (command.BudgetKey is { } budgetKey)
        {
            var budget = await GrainFactory.GetGrain<IBudgetGrain>(budgetKey).GetAsync();
            if (budget.Projects.All(p => p.Id != command.ProjectId))
            {
                throw DomainException.Invalid("projectId", ErrorCodes.BudgetUnknownProject);
            }
        }

        // The social worker's grain counts every reservation one call at a time, so simultaneous proposals on any
        // needs never over-commit his week; it refuses before anything is written here.
        var proposal = new ProposalRecord(
            Guid.NewGuid(), organization.Id, organization.Name, command.SocialWorkerId, socialWorker.Name, command.StationId, command.SpaceId,
            command.BudgetKey, command.ProjectId, command.StartsOn, command.EndsOn, command.WeeklyHours, command.PlannedHours, ProposalStatus.Pending,
            ProposalAnswer.Waiting, null, ProposalAnswer.Waiting, null, actor.DisplayName, clock.UtcNow);
        await socialWorkerGrain.ReserveHoursAsync(new ReserveHours(proposal.Id, command.WeeklyHours, command.StartsOn, command.EndsOn));
        state.State.Need = need with { Proposals = [.. need.Proposals, proposal] };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Need = need;
            await socialWorkerGrain.ReleaseHoursAsync(proposal.Id);
            throw;
        }

        await ProjectAsync();
        await timeline.AppendAsync(organization.Id, TimelineAction.TeamProposed, actor,
            TimelineArgument.Text(TimelineArgs.Title, need.Title), TimelineArgument.Text(TimelineArgs.Name, socialWorker.Name),
            TimelineArgument.Date(TimelineArgs.StartsOn, command.StartsOn), TimelineArgument.Date(TimelineArgs.EndsOn, command.EndsOn),
            TimelineArgument.Number(TimelineArgs.Hours, command.WeeklyHours));
        return proposal;
    }

    public async Task<NeedRecord> AnswerAsync(Guid proposalId, ProposalParty party, bool accept, string? reason, Actor actor)
    {
        var need = Need;
        var proposal = PendingProposal(need, proposalId);
        var answer = party == ProposalParty.Organization ? proposal.OrganizationAnswer : proposal.SocialWorkerAnswer;
        if (answer != ProposalAnswer.Waiting)
        {
            throw DomainException.Conflict("proposalId", ErrorCodes.ProposalAlreadyAnswered, ErrorArg.Label("answer", answer));
        }

        if (!accept && FieldError.Text("reason", reason, 1000) is { } bad)
        {
            throw DomainException.Invalid(bad);
        }

        var given = accept ? ProposalAnswer.Accepted : ProposalAnswer.Declined;
        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var answered = party == ProposalParty.Organization
            ? proposal with { OrganizationAnswer = given, OrganizationReason = note }
            : proposal with { SocialWorkerAnswer = given, SocialWorkerReason = note };
        var bothAccepted = answered is { OrganizationAnswer: ProposalAnswer.Accepted, SocialWorkerAnswer: ProposalAnswer.Accepted };
        if (!accept)
        {
            answered = answered with { Status = ProposalStatus.Declined };
        }

        var now = clock.UtcNow;
        Guid[] released = accept ? [] : [proposal.Id];
        if (bothAccepted)
        {
            if (need.Status != NeedStatus.Open)
            {
                throw DomainException.Conflict("proposalId", ErrorCodes.NeedNotOpen, ErrorArg.Label("status", need.Status));
            }

            answered = answered with { Status = ProposalStatus.Accepted };
            released = need.Proposals.Where(p => p.Status == ProposalStatus.Pending && p.Id != proposal.Id).Select(p => p.Id).ToArray();
            var engagement = new EngagementRecord(
                Guid.NewGuid(), proposal.Id, proposal.OrganizationId, proposal.OrganizationName, proposal.SocialWorkerId, proposal.SocialWorkerName,
                proposal.StationId, proposal.SpaceId, proposal.BudgetKey, proposal.ProjectId, proposal.StartsOn, proposal.EndsOn, proposal.PlannedHours,
                EngagementStatus.Active, [], null, null, now, null);
            need = need with { Status = NeedStatus.Matched, MatchedAt = now, Engagement = engagement };
            CancelEscalation();
        }

        state.State.Need = need with
        {
            Proposals = need.Proposals
                .Select(p => p.Id == proposal.Id ? answered : released.Contains(p.Id) ? p with { Status = ProposalStatus.Withdrawn } : p)
                .ToArray(),
        };
        await state.WriteStateAsync();
        await ProjectAsync();
        await ReleaseAsync(need, released);
        if (bothAccepted)
        {
            await GrainFactory.GetGrain<ISocialWorkerGrain>(proposal.SocialWorkerId).ConfirmHoursAsync(proposal.Id);
            if (need.Engagement is { BudgetKey: not null } funded)
            {
                await readModel.FlagDuplicateCommunitySupportAsync(funded.Id, await GrainFactory.GeographyAsync(), now);
            }
        }

        await timeline.AppendAsync(proposal.OrganizationId, accept ? TimelineAction.ProposalAccepted : TimelineAction.ProposalDeclined, actor,
            TimelineArgument.Text(TimelineArgs.Title, need.Title),
            TimelineArgument.Text(TimelineArgs.Variant, party == ProposalParty.Organization ? "organization" : "socialWorker"),
            TimelineArgument.Text(TimelineArgs.Name, proposal.SocialWorkerName),
            TimelineArgument.Text(TimelineArgs.Reason, note ?? ""));
        if (bothAccepted)
        {
            await timeline.AppendAsync(proposal.OrganizationId, TimelineAction.EngagementStarted, actor,
                TimelineArgument.Text(TimelineArgs.Title, need.Title), TimelineArgument.Text(TimelineArgs.Name, proposal.SocialWorkerName),
                TimelineArgument.Date(TimelineArgs.StartsOn, proposal.StartsOn), TimelineArgument.Date(TimelineArgs.EndsOn, proposal.EndsOn),
                TimelineArgument.Number(TimelineArgs.Hours, proposal.PlannedHours));
        }

        return Need;
    }

    public async Task<NeedRecord> WithdrawAsync(Guid proposalId, Actor actor)
    {
        var need = Need;
        var proposal = PendingProposal(need, proposalId);
        state.State.Need = need with { Proposals = need.Proposals.Select(p => p.Id == proposal.Id ? p with { Status = ProposalStatus.Withdrawn } : p).ToArray() };
        await state.WriteStateAsync();
        await ProjectAsync();
        await ReleaseAsync(need, [proposal.Id]);
        return Need;
    }

    public async Task<NeedRecord> LogServiceAsync(LogService command, Actor actor)
    {
        var need = Need;
        var engagement = ActiveEngagement(need);
        DomainException.ThrowIfInvalid(command.Validate());
        var today = Today(await GrainFactory.GeographyAsync(), need.CommunityId);
        if (command.ServedOn > today)
        {
            throw DomainException.Invalid(FieldError.Of("servedOn", ErrorCodes.ServiceLogInFuture, ErrorArg.Date("today", today)));
        }

        if (command.ServedOn < engagement.StartsOn || command.ServedOn > engagement.EndsOn)
        {
            throw DomainException.Invalid(FieldError.Of("servedOn", ErrorCodes.ServiceLogOutsidePeriod,
                ErrorArg.Date("startsOn", engagement.StartsOn), ErrorArg.Date("endsOn", engagement.EndsOn)));
        }

        var log = new ServiceLogRecord(Guid.NewGuid(), command.ServedOn, command.Hours, command.ResidentsServed, Blank(command.Note), actor.DisplayName, clock.UtcNow);
        state.State.Need = need with
        {
            Status = NeedStatus.InService,
            Engagement = engagement with { Logs = [.. engagement.Logs, log] },
        };
        await state.WriteStateAsync();
        await ProjectAsync();
        return Need;
    }

    public async Task<NeedRecord> CloseEngagementAsync(CloseEngagement command, Actor actor)
    {
        var need = Need;
        var engagement = ActiveEngagement(need);
        DomainException.ThrowIfInvalid(command.Validate());
        var closed = engagement with { Status = EngagementStatus.Done, FeedbackScore = command.Score, FeedbackComment = command.Comment.Trim(), ClosedAt = clock.UtcNow };
        state.State.Need = need with { Status = NeedStatus.Done, Engagement = closed };
        await state.WriteStateAsync();
        await ProjectAsync();
        await GrainFactory.GetGrain<ISocialWorkerGrain>(engagement.SocialWorkerId).ReleaseHoursAsync(engagement.ProposalId);
        await timeline.AppendAsync(engagement.OrganizationId, TimelineAction.EngagementClosed, actor,
            TimelineArgument.Text(TimelineArgs.Title, need.Title), TimelineArgument.Number(TimelineArgs.Number, command.Score),
            TimelineArgument.Number(TimelineArgs.Hours, closed.HoursLogged), TimelineArgument.Number(TimelineArgs.Count, closed.ResidentsServed),
            TimelineArgument.Text(TimelineArgs.Note, closed.FeedbackComment ?? ""));
        return Need;
    }

    private NeedRecord RequireStatus(NeedStatus status)
    {
        var need = Need;
        return need.Status == status ? need : throw DomainException.Conflict("id", ErrorCodes.NeedNotOpen, ErrorArg.Label("status", need.Status));
    }

    private static ProposalRecord PendingProposal(NeedRecord need, Guid proposalId)
    {
        var proposal = need.Proposals.FirstOrDefault(p => p.Id == proposalId) ?? throw DomainException.NoSuch("proposalId", "proposal", proposalId);
        return proposal.Status == ProposalStatus.Pending
            ? proposal
            : throw DomainException.Conflict("proposalId", ErrorCodes.ProposalNotPending, ErrorArg.Label("status", proposal.Status));
    }

    private static EngagementRecord ActiveEngagement(NeedRecord need) => need.Engagement switch
    {
        null => throw DomainException.Conflict("id", ErrorCodes.EngagementNone),
        { Status: EngagementStatus.Active } active => active,
        _ => throw DomainException.Conflict("id", ErrorCodes.EngagementNotActive),
    };

    private async Task ReleaseAsync(NeedRecord need, IReadOnlyCollection<Guid> proposalIds)
    {
        foreach (var proposal in need.Proposals.Where(p => proposalIds.Contains(p.Id)))
        {
            await GrainFactory.GetGrain<ISocialWorkerGrain>(proposal.SocialWorkerId).ReleaseHoursAsync(proposal.Id);
        }
    }

    private void CancelEscalation()
    {
        if (state.State.EscalationJobId is { } job)
        {
            jobs.Cancel(job);
            state.State.EscalationJobId = null;
        }
    }

    private async Task ProjectAsync()
    {
        var need = Need;
        AreaLevel? budgetLevel = null;
        if (need.Engagement?.BudgetKey is { } key && NeedsReadModel.BudgetAreaOf(key) is { } areaId)
        {
            budgetLevel = (await GrainFactory.GeographyAsync()).FindArea(areaId)?.Level;
        }

        await readModel.ProjectAsync(need, budgetLevel);
    }

    private DateOnly Today(GeographySnapshot geography, Guid communityId) =>
        DateOnly.FromDateTime(VenueTime.ToLocal(clock.UtcNow, geography.TimeZoneOf(communityId)));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
