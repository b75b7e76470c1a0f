
namespace Incubator.Client.Party;

public static class PartyApi
{
    public static IEndpointRouteBuilder MapPartyApi(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/api/organizations/{id:guid}/party").WithTags("Party").RequireAuthorization();
        organizations.MapGet("/", PartyAsync).WithSummary("Party co-incubation: profile, coverage and checkpoints.");
        organizations.MapPut("/", UpdatePartyAsync).WithSummary("Record formal party members and the branch form (own branch needs 3 or more members).");
        organizations.MapPost("/checkpoints/{checkpointId:guid}/result", CheckpointResultAsync).WithSummary("The result of a co-incubation checkpoint.");

        var incubators = app.MapGroup("/api/incubators/{incubatorId:guid}").WithTags("Party").RequireAuthorization();
        incubators.MapGet("/checkpoint-plan", PlanAsync).WithSummary("When the incubator holds co-incubation checkpoints.");
        incubators.MapPut("/checkpoint-plan", SetPlanAsync).WithSummary("Change the incubator's checkpoint plan (for admissions from now on).");
        return app;
    }

    public static async Task<Ok<PartyTrackDto>> PartyAsync(ClaimsPrincipal user, PartyService party, Guid id) =>
        TypedResults.Ok(await party.PartyTrackAsync(user, id));

    public static async Task<Ok<PartyTrackDto>> UpdatePartyAsync(ClaimsPrincipal user, PartyService party, Guid id, PartyProfileRequest request) =>
        TypedResults.Ok(await party.UpdatePartyProfileAsync(user, id, request));

    public static async Task<Ok<PartyTrackDto>> CheckpointResultAsync(ClaimsPrincipal user, PartyService party, Guid id, Guid checkpointId, CheckpointResultRequest request) =>
        TypedResults.Ok(await party.CompleteCheckpointAsync(user, id, checkpointId, request));

    public static async Task<Ok<CheckpointPlanDto>> PlanAsync(ClaimsPrincipal user, PartyService party, Guid incubatorId) =>
        TypedResults.Ok(await party.CheckpointPlanAsync(user, incubatorId));

    public static async Task<Ok<CheckpointPlanDto>> SetPlanAsync(ClaimsPrincipal user, PartyService party, Guid incubatorId, CheckpointPlanRequest request) =>
        TypedResults.Ok(await party.SetCheckpointPlanAsync(user, incubatorId, request));
}
