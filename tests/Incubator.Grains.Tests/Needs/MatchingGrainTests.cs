using Incubator.Common;
using Incubator.Communities;
using Incubator.Needs;
using Incubator.Organizations;
using Incubator.Services;
using Incubator.SocialWorkers;
using Incubator.Testing;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Grains.Tests;

/// <summary>Proposals, engagements and matching against the social workers' hours (docs/domain.md §10).</summary>
[Collection(GrainTestCollection.Name)]
public sealed class MatchingGrainTests(GrainClusterFixture fixture)
{
    private static readonly Actor Representative = new("representative-1", "李代表");
    private static readonly Actor SocialWorkerActor = new("social-worker-1", "张社工");

    [Fact]
    public async Task SimultaneousProposalsRacedFromOutsideNeverOverCommitASocialWorker()
    {
        var area = await NeedGrainTests.AreaAsync(fixture.Grains);
        var organization = await NeedGrainTests.OrganizationAsync(fixture.Grains, area.Incubator);
        var socialWorker = await SocialWorkerAsync(organization.Id, area, weeklyHours: 10);
        var needs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(area.Community)));

        // Eight needs, four hours a week each, all at once: only two fit in ten hours.
        var outcomes = await Task.WhenAll(needs.Select(async need =>
        {
            try
            {
                return (need.Id, Proposal: await Grain(need.Id).ProposeAsync(Team(organization.Id, socialWorker, weeklyHours: 4), NeedGrainTests.Worker), Refusal: (DomainException?)null);
            }
            catch (DomainException refused)
            {
                return (need.Id, Proposal: (ProposalRecord?)null, Refusal: refused);
            }
        }));

        Assert.Equal(2, outcomes.Count(o => o.Proposal is not null));
        Assert.All(outcomes.Where(o => o.Refusal is not null), o => Assert.Equal((DomainErrorKind.Conflict, "socialWorker.hoursOverCommitted"), (o.Refusal!.Kind, o.Refusal.Code)));
        foreach (var refused in outcomes.Where(o => o.Proposal is null))
        {
            Assert.Empty((await Grain(refused.Id).GetAsync())!.Proposals);
        }

        // A withdrawal gives the hours back: the next proposal fits.
        var first = outcomes.First(o => o.Proposal is not null);
        await Grain(first.Id).WithdrawAsync(first.Proposal!.Id, NeedGrainTests.Worker);
        var waiting = outcomes.First(o => o.Proposal is null);
        await Grain(waiting.Id).ProposeAsync(Team(organization.Id, socialWorker, weeklyHours: 4), NeedGrainTests.Worker);
        var again = await Assert.ThrowsAsync<DomainException>(() => Grain(outcomes.Last(o => o.Proposal is null).Id)
            .ProposeAsync(Team(organization.Id, socialWorker, weeklyHours: 4), NeedGrainTests.Worker));
        Assert.Equal("socialWorker.hoursOverCommitted", again.Code);
    }

    [Fact]
    public async Task TwoAcceptsMakeTheEngagementServiceIsLoggedAndTheCommunityClosesItWithFeedback()
    {
        var area = await NeedGrainTests.AreaAsync(fixture.Grains);
        var organization = await NeedGrainTests.OrganizationAsync(fixture.Grains, area.Incubator);
        var socialWorker = await SocialWorkerAsync(organization.Id, area, weeklyHours: 20);
        var need = await PostAsync(area.Community);
        var grain = Grain(need.Id);
        var proposal = await grain.ProposeAsync(Team(organization.Id, socialWorker, weeklyHours: 6), NeedGrainTests.Worker);
        var other = await grain.ProposeAsync(Team(organization.Id, await SocialWorkerAsync(organization.Id, area, weeklyHours: 20), weeklyHours: 6), NeedGrainTests.Worker);
        Assert.Contains(await Directory.ProposalsForSocialWorkerAsync(socialWorker), p => p.ProposalId == proposal.Id && p.SocialWorkerAnswer == ProposalAnswer.Waiting);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => grain.AnswerAsync(proposal.Id, ProposalParty.Organization, false, null, Representative));
        Assert.Equal("reason", noReason.Errors.Single().Field);
        var halfway = await grain.AnswerAsync(proposal.Id, ProposalParty.Organization, true, null, Representative);
        Assert.Equal((NeedStatus.Open, ProposalStatus.Pending), (halfway.Status, halfway.Proposals.Single(p => p.Id == proposal.Id).Status));
        var twice = await Assert.ThrowsAsync<DomainException>(() => grain.AnswerAsync(proposal.Id, ProposalParty.Organization, true, null, Representative));
        Assert.Equal(ErrorCodes.ProposalAlreadyAnswered, twice.Code);

        var matched = await grain.AnswerAsync(proposal.Id, ProposalParty.SocialWorker, true, null, SocialWorkerActor);
        Assert.Equal(NeedStatus.Matched, matched.Status);
        Assert.NotNull(matched.MatchedAt);
        Assert.Equal(ProposalStatus.Withdrawn, matched.Proposals.Single(p => p.Id == other.Id).Status);
        var engagement = matched.Engagement!;
        Assert.Equal((organization.Id, socialWorker, EngagementStatus.Active), (engagement.OrganizationId, engagement.SocialWorkerId, engagement.Status));
        Assert.Equal(need.Id, await Directory.NeedOfEngagementAsync(engagement.Id));
        Assert.Empty(fixture.ScheduledJobs(need.Id));

        var future = await Assert.ThrowsAsync<DomainException>(() => grain.LogServiceAsync(new LogService(Today().AddDays(1), 2m, 10, null), SocialWorkerActor));
        Assert.Equal("servedOn", future.Errors.Single().Field);
        fixture.Time.Advance(TimeSpan.FromDays(2));
        var logged = await grain.LogServiceAsync(new LogService(Today(), 2.5m, 12, "助餐配送"), SocialWorkerActor);
        Assert.Equal((NeedStatus.InService, 2.5m, 12), (logged.Status, logged.Engagement!.HoursLogged, logged.Engagement.ResidentsServed));

        var done = await grain.CloseEngagementAsync(new CloseEngagement(5, "老人们很满意"), NeedGrainTests.Worker);
        Assert.Equal((NeedStatus.Done, EngagementStatus.Done, 5), (done.Status, done.Engagement!.Status, done.Engagement.FeedbackScore));
        var evidence = Assert.Single(await fixture.Grains.GetGrain<IServiceDirectoryGrain>(0).EvidenceAsync(organization.Id));
        Assert.Equal((engagement.Id, 2.5m, 12, 5), (evidence.EngagementId, evidence.HoursLogged, evidence.ResidentsServed, evidence.FeedbackScore));
        var actions = (await fixture.Grains.TimelineAsync(organization.Id)).Select(e => e.Action).ToArray();
        Assert.Equal(2, actions.Count(a => a == TimelineAction.TeamProposed));
        Assert.Contains(TimelineAction.EngagementStarted, actions);
        Assert.Contains(TimelineAction.EngagementClosed, actions);
        Assert.DoesNotContain(await Directory.IdleOrganizationsAsync([area.District], Today()), o => o.OrganizationId == organization.Id);
    }

    [Fact]
    public async Task TeamsAreRankedWithWhyAndStationedOrganizationsFirst()
    {
        var area = await NeedGrainTests.AreaAsync(fixture.Grains);
        var near = await OfferingAsync(area, [area.Community], TargetGroup.Elderly);
        var far = await OfferingAsync(area, [area.District], TargetGroup.Children);
        var wrongDomain = await OfferingAsync(area, [area.Community], TargetGroup.Elderly, ServiceDomain.Youth);
        var need = await PostAsync(area.Community);

        var teams = await Directory.RankTeamsAsync(need.Id, 20);

        Assert.Equal([near.Organization, far.Organization], teams.Select(t => t.OrganizationId));
        Assert.DoesNotContain(teams, t => t.OrganizationId == wrongDomain.Organization);
        var best = teams[0];
        Assert.Equal(near.SocialWorker, best.SocialWorkerId);
        Assert.Equal(best.Score, best.Factors.Sum(f => f.Points));
        Assert.Equal((20, "community"), Factor(best, MatchFactor.Geography));
        Assert.Equal((20, "fit"), Factor(best, MatchFactor.TargetGroup));
        Assert.Equal((6, "district"), Factor(teams[1], MatchFactor.Geography));
        Assert.Equal((0, "none"), Factor(teams[1], MatchFactor.TargetGroup));
    }

    private static (int Points, string Basis) Factor(RankedTeam team, MatchFactor factor) =>
        team.Factors.Single(f => f.Factor == factor) is var score ? (score.Points, score.Basis) : default;

    private async Task<(Guid Organization, Guid SocialWorker)> OfferingAsync(NeedGrainTests.Area area, IReadOnlyList<Guid> areaIds, TargetGroup group, ServiceDomain domain = ServiceDomain.ElderlyCare)
    {
        var organization = await NeedGrainTests.OrganizationAsync(fixture.Grains, area.Incubator);
        await fixture.Grains.GetGrain<IServiceOfferingGrain>(organization.Id).SetAsync(NeedGrainTests.Offer(areaIds, domain, group), Scenario.Manager);
        return (organization.Id, await SocialWorkerAsync(organization.Id, area, weeklyHours: 20));
    }

    private INeedsDirectoryGrain Directory => fixture.Grains.GetGrain<INeedsDirectoryGrain>(0);

    private INeedGrain Grain(Guid id) => fixture.Grains.GetGrain<INeedGrain>(id);

    private DateOnly Today() => DateOnly.FromDateTime(VenueTime.ToLocal(fixture.Time.GetUtcNow(), VenueTime.DefaultTimeZoneId));

    private Task<NeedRecord> PostAsync(Guid communityId) => Grain(Guid.NewGuid()).PostAsync(
        new(communityId, "独居老人助餐", ServiceDomain.ElderlyCare, TargetGroup.Elderly, 40, NeedUrgency.High, Today().AddDays(60), null, null), NeedGrainTests.Worker);

    private ProposeTeam Team(Guid organizationId, Guid socialWorkerId, int weeklyHours) =>
        new(organizationId, socialWorkerId, null, null, null, null, Today(), Today().AddDays(60), weeklyHours, 40);

    private async Task<Guid> SocialWorkerAsync(Guid employerId, NeedGrainTests.Area area, int weeklyHours)
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<ISocialWorkerGrain>(id).RegisterAsync(
            new SocialWorkerProfile($"刘社工 {Guid.NewGuid():N}"[..12], "13912345678", employerId, area.District, [area.Community], [], [ServiceDomain.ElderlyCare], weeklyHours),
            null, Scenario.Manager);
        return id;
    }
}
