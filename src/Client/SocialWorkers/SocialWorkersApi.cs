using Incubator.Organizations;

namespace Incubator.Client.SocialWorkers;

public static class SocialWorkersApi
{
    public static IEndpointRouteBuilder MapSocialWorkersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/social-workers", "Social workers");
        api.MapGet("/", (ClaimsPrincipal user, SocialWorkerService workers, Guid? districtId, Guid? subdistrictId, Guid? communityId,
                    ServiceDomain? skill, string? search, bool? includeLeft, bool? idle, int? page, int? pageSize) =>
                workers.ListAsync(user, districtId, subdistrictId, communityId, skill, search, includeLeft ?? false, idle ?? false,
                    page ?? 1, pageSize ?? SocialWorkerService.DefaultPageSize))
            .WithSummary("Social workers (社工) of your districts by name, a page at a time: narrowed to a district, subdistrict or community served and a skill; search finds a name or a certificate number; idle keeps those without an assignment.");
        api.MapPost("/", (ClaimsPrincipal user, SocialWorkerService workers, RegisterSocialWorkerRequest request) =>
                workers.RegisterAsync(user, request).CreatedAt(created => $"/api/social-workers/{created.SocialWorker.Id}"))
            .Idempotent().WithSummary("Register a social worker: name, phone, employer, district, communities and stations served, skills, weekly hours; optionally his certificate (社会工作者职业水平证书, number unique) and his SocialWorker account.");
        api.MapGet("/me", (ClaimsPrincipal user, SocialWorkerService workers) => workers.MineAsync(user))
            .MayFindNothing()
            .WithSummary("The signed-in social worker's own record: profile, certification, assignments (reservations and engagements), hours this week and left, continuing education.");
        api.MapGet("/{id:guid}", (ClaimsPrincipal user, SocialWorkerService workers, Guid id) => workers.GetAsync(user, id))
            .WithSummary("One social worker; the phone is masked for readers who do not register and change him.");
        api.MapPut("/{id:guid}", (ClaimsPrincipal user, SocialWorkerService workers, Guid id, SocialWorkerProfileRequest request) => workers.UpdateAsync(user, id, request))
            .WithSummary("Replace his profile; weekly hours may not drop below what is committed in a week to come (409).");
        api.MapPost("/{id:guid}/certification", (ClaimsPrincipal user, SocialWorkerService workers, Guid id, CertificationRequest request) => workers.CertifyAsync(user, id, request))
            .WithSummary("Record his certificate (助理社会工作师, 社会工作师, 高级社会工作师): a number held by another social worker or a lower level is refused (409).");
        api.MapPost("/{id:guid}/leave", (ClaimsPrincipal user, SocialWorkerService workers, Guid id, LeaveRequest request) => workers.LeaveAsync(user, id, request))
            .WithSummary("He left on the given date: no more hours can be reserved; commitments stay until released.");
        api.MapPut("/{id:guid}/account", (ClaimsPrincipal user, SocialWorkerService workers, Guid id, LinkAccountRequest request) => workers.LinkAccountAsync(user, id, request))
            .WithSummary("Link the SocialWorker account that signs in as him (empty unlinks); an account is linked to one social worker only.");

        var resources = app.MapFeature("/api/resources", "Resources");
        resources.MapGet("/social-workers", (ClaimsPrincipal user, ResourceService list, Guid? districtId, Guid? subdistrictId, Guid? communityId,
                    ServiceDomain? skill, int? page, int? pageSize) =>
                list.SocialWorkersAsync(user, districtId, subdistrictId, communityId, skill, page ?? 1, pageSize ?? SocialWorkerService.DefaultPageSize))
            .WithSummary("Resources list (资源清单): active social workers with skills, certification level, weekly hours available and left after commitments.");
        resources.MapGet("/stations", (ClaimsPrincipal user, ResourceService list, Guid? districtId, Guid? subdistrictId, Guid? communityId,
                    ServiceDomain? skill, int? page, int? pageSize) =>
                list.StationsAsync(user, districtId, subdistrictId, communityId, skill, page ?? 1, pageSize ?? SocialWorkerService.DefaultPageSize))
            .WithSummary("Resources list: social-work stations with their active staff's skills, highest certification and weekly hours left.");
        resources.MapGet("/spaces", (ClaimsPrincipal user, ResourceService list, Guid? districtId, Guid? subdistrictId, Guid? communityId, int? page, int? pageSize) =>
                list.SpacesAsync(user, districtId, subdistrictId, communityId, page ?? 1, pageSize ?? SocialWorkerService.DefaultPageSize))
            .WithSummary("Resources list: spaces of the area's incubators with free hours (open, not booked) over the coming four weeks.");
        resources.MapGet("/budgets", (ClaimsPrincipal user, ResourceService list, Guid? districtId, Guid? subdistrictId, Guid? communityId, int? page, int? pageSize) =>
                list.BudgetsAsync(user, districtId, subdistrictId, communityId, page ?? 1, pageSize ?? SocialWorkerService.DefaultPageSize))
            .WithSummary("Resources list: this year's budgets of the area with money not yet awarded, and their service projects.");
        resources.MapGet("/idle", (ClaimsPrincipal user, ResourceService list, Guid? districtId, Guid? subdistrictId, Guid? communityId,
                    ServiceDomain? skill, int? page, int? pageSize) =>
                list.IdleAsync(user, districtId, subdistrictId, communityId, skill, page ?? 1, pageSize ?? SocialWorkerService.DefaultPageSize))
            .WithSummary("Idle resources (资源闲置): social workers without an assignment, and spaces booked little while a community of the same subdistrict has no space.");
        return app;
    }
}
