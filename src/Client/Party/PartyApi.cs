namespace Incubator.Client.Party;

public static class PartyApi
{
    public static IEndpointRouteBuilder MapPartyApi(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapFeature("/api/organizations/{id:guid}/party", "Party");
        organizations.MapGet("/", (ClaimsPrincipal user, PartyService party, Guid id) => party.PartyTrackAsync(user, id))
            .WithSummary("Party co-incubation: profile, coverage and checkpoints.");
        organizations.MapPut("/", (ClaimsPrincipal user, PartyService party, Guid id, PartyProfileRequest request) => party.UpdatePartyProfileAsync(user, id, request))
            .WithSummary("Record formal party members and the branch form (own branch needs 3 or more members).");
        organizations.MapPost("/checkpoints/{checkpointId:guid}/result",
                (ClaimsPrincipal user, PartyService party, Guid id, Guid checkpointId, CheckpointResultRequest request) =>
                    party.CompleteCheckpointAsync(user, id, checkpointId, request))
            .WithSummary("The result of a co-incubation checkpoint.");

        var incubators = app.MapFeature("/api/incubators/{incubatorId:guid}", "Party");
        incubators.MapGet("/checkpoint-plan", (ClaimsPrincipal user, PartyService party, Guid incubatorId) => party.CheckpointPlanAsync(user, incubatorId))
            .WithSummary("When the incubator holds co-incubation checkpoints.");
        incubators.MapPut("/checkpoint-plan", (ClaimsPrincipal user, PartyService party, Guid incubatorId, CheckpointPlanRequest request) =>
                party.SetCheckpointPlanAsync(user, incubatorId, request))
            .WithSummary("Change the incubator's checkpoint plan (for admissions from now on).");
        return app;
    }
}
