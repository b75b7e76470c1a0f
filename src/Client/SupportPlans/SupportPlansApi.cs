
namespace Incubator.Client.SupportPlans;

public static class SupportPlansApi
{
    public static IEndpointRouteBuilder MapSupportPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations/{id:guid}/support-plan").WithTags("Support plans").RequireAuthorization();
        api.MapGet("/milestones", MilestonesAsync)
            .WithSummary("The organization's support plan (支持计划): milestones on the registration, funding, venue, training and consulting tracks, overdue ones marked.");
        api.MapPost("/milestones", AddMilestoneAsync)
            .WithSummary("Add a milestone to a support track (the incubator's manager or an administrator).");
        api.MapPut("/milestones/{milestoneId:guid}", UpdateMilestoneAsync)
            .WithSummary("Replace a milestone's fields, e.g. to move its status (the incubator's manager or an administrator).");
        api.MapGet("/consulting", ConsultingAsync).WithSummary("Consulting the organization received (date, hours, consultant, topic), newest first.");
        api.MapPost("/consulting", RecordConsultingAsync).WithSummary("Record consulting given to the organization (its incubator's manager).");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<MilestoneDto>>> MilestonesAsync(ClaimsPrincipal user, SupportPlanService plans, Guid id) =>
        TypedResults.Ok(await plans.MilestonesAsync(user, id));

    public static async Task<Created<MilestoneDto>> AddMilestoneAsync(ClaimsPrincipal user, SupportPlanService plans, Guid id, MilestoneRequest request)
    {
        var added = await plans.AddMilestoneAsync(user, id, request);
        return TypedResults.Created($"/api/organizations/{id}/support-plan/milestones/{added.Id}", added);
    }

    public static async Task<Ok<MilestoneDto>> UpdateMilestoneAsync(
        ClaimsPrincipal user, SupportPlanService plans, Guid id, Guid milestoneId, MilestoneRequest request) =>
        TypedResults.Ok(await plans.UpdateMilestoneAsync(user, id, milestoneId, request));

    public static async Task<Ok<IReadOnlyList<ConsultingSessionDto>>> ConsultingAsync(ClaimsPrincipal user, SupportPlanService plans, Guid id) =>
        TypedResults.Ok(await plans.ConsultingAsync(user, id));

    public static async Task<Created<ConsultingSessionDto>> RecordConsultingAsync(ClaimsPrincipal user, SupportPlanService plans, Guid id, ConsultingRequest request)
    {
        var session = await plans.RecordConsultingAsync(user, id, request);
        return TypedResults.Created($"/api/organizations/{id}/support-plan/consulting", session);
    }
}
