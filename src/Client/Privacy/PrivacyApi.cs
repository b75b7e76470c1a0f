namespace Incubator.Client.Privacy;

public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/{id:guid}/export", ExportAsync).WithTags("Organizations").RequireAuthorization()
            .WithSummary("Everything held about the organization (record with contacts, timeline, ledger, support plan, funding, bookings, hub links), for its representative or its manager; recorded in the audit log.");
        return app;
    }

    public static async Task<Ok<OrganizationExportDto>> ExportAsync(OrganizationExport export, ClaimsPrincipal user, Guid id) =>
        TypedResults.Ok(await export.ExportAsync(user, id));
}
