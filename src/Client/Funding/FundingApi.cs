
namespace Incubator.Client.Funding;

public static class FundingApi
{
    public static IEndpointRouteBuilder MapFundingApi(this IEndpointRouteBuilder app)
    {
        var budgets = app.MapFeature("/api/budgets/{areaId:guid}/{year:int}", "Funding");
        budgets.MapGet("/", (ClaimsPrincipal user, FundingService funding, Guid areaId, int year) => funding.BudgetAsync(user, areaId, year))
            .WithSummary("An area's purchase-of-service budget for a year: new allocation, carry-over line, awarded, paid, available.");
        budgets.MapPut("/allocation", (ClaimsPrincipal user, FundingService funding, Guid areaId, int year, AllocationRequest request) =>
                funding.SetAllocationAsync(user, areaId, year, request))
            .WithSummary("Set the year's new allocation in yuan (district leader).");
        budgets.MapPost("/close", (ClaimsPrincipal user, FundingService funding, Guid areaId, int year) => funding.CloseYearAsync(user, areaId, year))
            .WithSummary("Close the year; what was not awarded carries over to next year as its own line.");
        budgets.MapPost("/projects", (ClaimsPrincipal user, FundingService funding, Guid areaId, int year, ProjectRequest request) =>
                funding.AddProjectAsync(user, areaId, year, request))
            .WithSummary("Add a service project with its category.");
        budgets.MapPost("/contracts", (ClaimsPrincipal user, FundingService funding, Guid areaId, int year, AwardRequest request) =>
                funding.AwardAsync(user, areaId, year, request).CreatedAt(_ => $"/api/budgets/{areaId}/{year}"))
            .Idempotent().WithSummary("Award a contract or seed grant to an organization, paid in tranches; never beyond what is available.");
        budgets.MapPost("/contracts/{contractId:guid}/tranches/{number:int}/payment",
                (ClaimsPrincipal user, FundingService funding, Guid areaId, int year, Guid contractId, int number) =>
                    funding.PayTrancheAsync(user, areaId, year, contractId, number))
            .WithSummary("Pay one tranche of a contract.");

        var organization = app.MapFeature("/api/organizations/{id:guid}", "Funding");
        organization.MapGet("/funding", (ClaimsPrincipal user, FundingService funding, Guid id) => funding.OrganizationContractsAsync(user, id))
            .WithSummary("Contracts and grants an organization received, from every budget.");
        organization.MapGet("/funding-requests", (ClaimsPrincipal user, FundingService funding, Guid id) => funding.RequestsAsync(user, id))
            .WithSummary("The organization's requests for money and their state.");
        organization.MapPost("/funding-requests", (ClaimsPrincipal user, FundingService funding, Guid id, FundingRequestRequest request) =>
                funding.RequestAsync(user, id, request).CreatedAt(_ => $"/api/organizations/{id}/funding-requests"))
            .Idempotent().WithSummary("Ask for money: amount in yuan, service category, purpose (the organization's representative or its manager).");
        organization.MapPost("/funding-requests/{requestId:guid}/decision",
                (ClaimsPrincipal user, FundingService funding, Guid id, Guid requestId, FundingDecisionRequest request) =>
                    funding.DecideRequestAsync(user, id, requestId, request))
            .WithSummary("The manager approves (awarding a seed grant from a budget's project; never beyond what is available) or declines, with a reason.");

        app.MapFeature("/api/funding/duplicates", "Funding").MapGet("/", (ClaimsPrincipal user, FundingService funding) => funding.DuplicatesAsync(user))
            .WithSummary("Organizations funded for the same service category by two tiers in overlapping periods.");
        return app;
    }
}
