using System.Security.Claims;
using Incubator.Client.Incubation;
using Incubator.Client.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Incubator.Client.Api;

public static class IncubationApi
{
    public static IEndpointRouteBuilder MapIncubationApi(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/api/organizations/{id:guid}").WithTags("Incubation").RequireAuthorization();
        organizations.MapGet("/graduation-gate", GateAsync).WithSummary("The composite graduation gate: computed and recorded items.");
        organizations.MapPost("/graduation-gate/items", RecordItemAsync).WithSummary("Record a gate item the platform cannot compute (governance, finances, services).");
        organizations.MapPost("/graduation-decision", DecideAsync).WithSummary("Graduated, Extended (once, 1-6 months) or Exited, with reasons.");
        organizations.MapGet("/party", PartyAsync).WithSummary("Party co-incubation: profile, coverage and checkpoints.");
        organizations.MapPut("/party", UpdatePartyAsync).WithSummary("Record formal party members and the branch form (own branch needs 3 or more members).");
        organizations.MapPost("/party/checkpoints/{checkpointId:guid}/result", CheckpointResultAsync).WithSummary("The result of a co-incubation checkpoint.");
        organizations.MapPost("/hand-off", RequestHandOffAsync).WithSummary("Promote one tier up or station a graduate into a community; the receiving manager decides.");
        organizations.MapPost("/hand-off/decision", DecideHandOffAsync).WithSummary("The receiving manager accepts or declines a waiting hand-off.");

        var incubators = app.MapGroup("/api/incubators/{incubatorId:guid}").WithTags("Incubation").RequireAuthorization();
        incubators.MapGet("/checkpoint-plan", PlanAsync).WithSummary("When the incubator holds co-incubation checkpoints.");
        incubators.MapPut("/checkpoint-plan", SetPlanAsync).WithSummary("Change the incubator's checkpoint plan (for admissions from now on).");

        app.MapGet("/api/inbox", InboxAsync).WithTags("Incubation").RequireAuthorization()
            .WithSummary("What needs you: graduation reviews, checkpoints due or overdue, hand-offs waiting.");
        app.MapGet("/api/pipeline", PipelineAsync).WithTags("Incubation").RequireAuthorization()
            .WithSummary("Organizations by stage and tier across a district's incubators.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<GateItemDto>>> GateAsync(ClaimsPrincipal user, IncubationService incubation, Guid id) =>
        TypedResults.Ok(await incubation.GraduationGateAsync(user, id));

    public static async Task<Ok<IReadOnlyList<GateItemDto>>> RecordItemAsync(ClaimsPrincipal user, IncubationService incubation, Guid id, ReviewItemRequest request) =>
        TypedResults.Ok(await incubation.RecordReviewItemAsync(user, id, request));

    public static async Task<Ok<OrganizationDto>> DecideAsync(ClaimsPrincipal user, IncubationService incubation, Guid id, GraduationDecisionRequest request) =>
        TypedResults.Ok(await incubation.DecideGraduationAsync(user, id, request));

    public static async Task<Ok<PartyTrackDto>> PartyAsync(ClaimsPrincipal user, IncubationService incubation, Guid id) =>
        TypedResults.Ok(await incubation.PartyTrackAsync(user, id));

    public static async Task<Ok<PartyTrackDto>> UpdatePartyAsync(ClaimsPrincipal user, IncubationService incubation, Guid id, PartyProfileRequest request) =>
        TypedResults.Ok(await incubation.UpdatePartyProfileAsync(user, id, request));

    public static async Task<Ok<PartyTrackDto>> CheckpointResultAsync(ClaimsPrincipal user, IncubationService incubation, Guid id, Guid checkpointId, CheckpointResultRequest request) =>
        TypedResults.Ok(await incubation.CompleteCheckpointAsync(user, id, checkpointId, request));

    public static async Task<Ok<OrganizationDto>> RequestHandOffAsync(ClaimsPrincipal user, IncubationService incubation, Guid id, HandOffRequest request) =>
        TypedResults.Ok(await incubation.RequestHandOffAsync(user, id, request));

    public static async Task<Ok<OrganizationDto>> DecideHandOffAsync(ClaimsPrincipal user, IncubationService incubation, Guid id, HandOffDecisionRequest request) =>
        TypedResults.Ok(await incubation.DecideHandOffAsync(user, id, request));

    public static async Task<Ok<CheckpointPlanDto>> PlanAsync(ClaimsPrincipal user, IncubationService incubation, Guid incubatorId) =>
        TypedResults.Ok(await incubation.CheckpointPlanAsync(user, incubatorId));

    public static async Task<Ok<CheckpointPlanDto>> SetPlanAsync(ClaimsPrincipal user, IncubationService incubation, Guid incubatorId, CheckpointPlanRequest request) =>
        TypedResults.Ok(await incubation.SetCheckpointPlanAsync(user, incubatorId, request));

    public static async Task<Ok<IReadOnlyList<InboxItemDto>>> InboxAsync(ClaimsPrincipal user, IncubationService incubation) =>
        TypedResults.Ok(await incubation.InboxAsync(user));

    public static async Task<Ok<PipelineDto>> PipelineAsync(ClaimsPrincipal user, IncubationService incubation, Guid? districtId) =>
        TypedResults.Ok(await incubation.PipelineAsync(user, districtId));
}
