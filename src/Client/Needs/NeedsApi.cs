using Incubator.Needs;

namespace Incubator.Client.Needs;

public static class NeedsApi
{
    public static IEndpointRouteBuilder MapNeedsApi(this IEndpointRouteBuilder app)
    {
        var needs = app.MapFeature("/api/needs", "Needs");
        needs.MapGet("/", (ClaimsPrincipal user, NeedsService service, NeedStatus? status, Guid? areaId) => service.ListAsync(user, status, areaId))
            .WithSummary("The needs list of your area (community, subdistrict or district), newest first; optionally by status and area.");
        needs.MapPost("/", (ClaimsPrincipal user, NeedsService service, PostNeedRequest request) =>
                service.PostAsync(user, request).CreatedAt(n => $"/api/needs/{n.Id}"))
            .Idempotent().WithSummary("Post a need of your community: domain, target group, residents affected, urgency, wanted-by date, optional budget in yuan.");
        needs.MapGet("/{id:guid}", (ClaimsPrincipal user, NeedsService service, Guid id) => service.GetAsync(user, id))
            .WithSummary("A need with its proposals and its engagement.");
        needs.MapPost("/{id:guid}/closing", (ClaimsPrincipal user, NeedsService service, Guid id, CloseNeedRequest request) => service.CloseAsync(user, id, request))
            .WithSummary("Close an open need without an engagement, with a reason; pending proposals are withdrawn.");
        needs.MapGet("/{id:guid}/teams", (ClaimsPrincipal user, NeedsService service, Guid id) => service.TeamsAsync(user, id))
            .WithSummary("Candidate teams for the need, best first (stationed organizations first), with the points of each factor and why.");
        needs.MapPost("/{id:guid}/proposals", (ClaimsPrincipal user, NeedsService service, Guid id, ProposeTeamRequest request) =>
                service.ProposeAsync(user, id, request).CreatedAt(_ => $"/api/needs/{id}"))
            .Idempotent().WithSummary("Propose a team (organization and social worker; optionally a station, space and budget project); reserves the social worker's weekly hours.");
        needs.MapPost("/{id:guid}/proposals/{proposalId:guid}/answer",
                (ClaimsPrincipal user, NeedsService service, Guid id, Guid proposalId, AnswerProposalRequest request) => service.AnswerAsync(user, id, proposalId, request))
            .WithSummary("The organization or the social worker accepts or declines (with a reason); two accepts make the engagement.");
        needs.MapPost("/{id:guid}/proposals/{proposalId:guid}/withdrawal",
                (ClaimsPrincipal user, NeedsService service, Guid id, Guid proposalId) => service.WithdrawAsync(user, id, proposalId))
            .WithSummary("Withdraw a pending proposal; the social worker's hours are released.");
        needs.MapGet("/settings/{communityId:guid}", (ClaimsPrincipal user, NeedsService service, Guid communityId) => service.SettingsAsync(user, communityId))
            .WithSummary("A community's escalation delay: days an unmatched need waits before the subdistrict, and again before the district.");
        needs.MapPut("/settings/{communityId:guid}", (ClaimsPrincipal user, NeedsService service, Guid communityId, NeedSettingsRequest request) =>
                service.SetSettingsAsync(user, communityId, request))
            .WithSummary("Set the community's escalation delay in days (its community worker).");
        needs.MapGet("/idle-organizations", (ClaimsPrincipal user, NeedsService service) => service.IdleOrganizationsAsync(user))
            .WithSummary("Organizations of your district offering service capacity with no engagement in the last 90 days.");

        app.MapFeature("/api/proposals", "Needs").MapGet("/", (ClaimsPrincipal user, NeedsService service) => service.MyProposalsAsync(user))
            .WithSummary("Proposals made to your organization (representative) or to you (social worker), newest first.");

        var engagements = app.MapFeature("/api/engagements/{id:guid}", "Needs");
        engagements.MapGet("/", (ClaimsPrincipal user, NeedsService service, Guid id) => service.EngagementAsync(user, id))
            .WithSummary("An engagement with its need, service logs and feedback.");
        engagements.MapPost("/logs", (ClaimsPrincipal user, NeedsService service, Guid id, LogServiceRequest request) =>
                service.LogServiceAsync(user, id, request).CreatedAt(_ => $"/api/engagements/{id}"))
            .Idempotent().WithSummary("Log service given: date, hours, residents served (the organization, the social worker or the community).");
        engagements.MapPost("/closing", (ClaimsPrincipal user, NeedsService service, Guid id, CloseEngagementRequest request) =>
                service.CloseEngagementAsync(user, id, request))
            .WithSummary("The community closes the engagement with residents' feedback (score 1-5 and a comment).");

        app.MapFeature("/api/funding/community-duplicates", "Funding").MapGet("/", (ClaimsPrincipal user, NeedsService service) => service.DuplicateCommunitySupportAsync(user))
            .WithSummary("Two organizations funded by two tiers for the same target group in the same community in overlapping periods.");
        return app;
    }
}
