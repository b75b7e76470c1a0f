namespace Incubator.Client.SupportPlans;

public static class SupportPlansApi
{
    public static IEndpointRouteBuilder MapSupportPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/organizations/{id:guid}/support-plan", "Support plans");
        api.MapGet("/milestones", (ClaimsPrincipal user, SupportPlanService plans, Guid id) => plans.MilestonesAsync(user, id))
            .WithSummary("The organization's support plan (支持计划): milestones on the registration, funding, venue, training and consulting tracks, overdue ones marked.");
        api.MapPost("/milestones", (ClaimsPrincipal user, SupportPlanService plans, Guid id, MilestoneRequest request) =>
                plans.AddMilestoneAsync(user, id, request).CreatedAt(added => $"/api/organizations/{id}/support-plan/milestones/{added.Id}"))
            .Idempotent().WithSummary("Add a milestone to a support track (the incubator's manager or an administrator).");
        api.MapPut("/milestones/{milestoneId:guid}", (ClaimsPrincipal user, SupportPlanService plans, Guid id, Guid milestoneId, MilestoneRequest request) =>
                plans.UpdateMilestoneAsync(user, id, milestoneId, request))
            .WithSummary("Replace a milestone's fields, e.g. to move its status (the incubator's manager or an administrator).");
        api.MapGet("/consulting", (ClaimsPrincipal user, SupportPlanService plans, Guid id) => plans.ConsultingAsync(user, id))
            .WithSummary("Consulting the organization received (date, hours, consultant, topic), newest first.");
        api.MapPost("/consulting", (ClaimsPrincipal user, SupportPlanService plans, Guid id, ConsultingRequest request) =>
                plans.RecordConsultingAsync(user, id, request).CreatedAt(_ => $"/api/organizations/{id}/support-plan/consulting"))
            .Idempotent().WithSummary("Record consulting given to the organization (its incubator's manager).");
        return app;
    }
}
