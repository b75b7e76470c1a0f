
namespace Incubator.Client.Funding;

public static class FundingApi
{
    public static IEndpointRouteBuilder MapFundingApi(this IEndpointRouteBuilder app)
    {
        var budgets = app.MapGroup("/api/budgets/{areaId:guid}/{year:int}").WithTags("Funding").RequireAuthorization();
        budgets.MapGet("/", GetAsync).WithSummary("An area's purchase-of-service budget for a year: new allocation, carry-over line, awarded, paid, available.");
        budgets.MapPut("/allocation", SetAllocationAsync).WithSummary("Set the year's new allocation in yuan (district leader).");
        budgets.MapPost("/close", CloseAsync).WithSummary("Close the year; what was not awarded carries over to next year as its own line.");
        budgets.MapPost("/projects", AddProjectAsync).WithSummary("Add a service project with its category.");
        budgets.MapPost("/contracts", AwardAsync).WithSummary("Award a contract or seed grant to an organization, paid in tranches; never beyond what is available.");
        budgets.MapPost("/contracts/{contractId:guid}/tranches/{number:int}/payment", PayAsync).WithSummary("Pay one tranche of a contract.");

        app.MapGet("/api/organizations/{id:guid}/funding", OrganizationFundingAsync).WithTags("Funding").RequireAuthorization()
            .WithSummary("Contracts and grants an organization received, from every budget.");
        var requests = app.MapGroup("/api/organizations/{id:guid}/funding-requests").WithTags("Funding").RequireAuthorization();
        requests.MapGet("/", RequestsAsync).WithSummary("The organization's requests for money and their state.");
        requests.MapPost("/", RequestAsync).WithSummary("Ask for money: amount in yuan, service category, purpose (the organization's representative or its manager).");
        requests.MapPost("/{requestId:guid}/decision", DecideRequestAsync)
            .WithSummary("The manager approves (awarding a seed grant from a budget's project; never beyond what is available) or declines, with a reason.");
        app.MapGet("/api/funding/duplicates", DuplicatesAsync).WithTags("Funding").RequireAuthorization()
            .WithSummary("Organizations funded for the same service category by two tiers in overlapping periods.");
        return app;
    }

    public static async Task<Ok<BudgetDto>> GetAsync(ClaimsPrincipal user, FundingService funding, Guid areaId, int year) =>
        TypedResults.Ok(await funding.BudgetAsync(user, areaId, year));

    public static async Task<Ok<BudgetDto>> SetAllocationAsync(ClaimsPrincipal user, FundingService funding, Guid areaId, int year, AllocationRequest request) =>
        TypedResults.Ok(await funding.SetAllocationAsync(user, areaId, year, request));

    public static async Task<Ok<BudgetDto>> CloseAsync(ClaimsPrincipal user, FundingService funding, Guid areaId, int year) =>
        TypedResults.Ok(await funding.CloseYearAsync(user, areaId, year));

    public static async Task<Ok<BudgetDto>> AddProjectAsync(ClaimsPrincipal user, FundingService funding, Guid areaId, int year, ProjectRequest request) =>
        TypedResults.Ok(await funding.AddProjectAsync(user, areaId, year, request));

    public static async Task<Created<ContractDto>> AwardAsync(ClaimsPrincipal user, FundingService funding, Guid areaId, int year, AwardRequest request)
    {
        var contract = await funding.AwardAsync(user, areaId, year, request);
        return TypedResults.Created($"/api/budgets/{areaId}/{year}", contract);
    }

    public static async Task<Ok<ContractDto>> PayAsync(ClaimsPrincipal user, FundingService funding, Guid areaId, int year, Guid contractId, int number) =>
        TypedResults.Ok(await funding.PayTrancheAsync(user, areaId, year, contractId, number));

    public static async Task<Ok<IReadOnlyList<FundedContractDto>>> OrganizationFundingAsync(ClaimsPrincipal user, FundingService funding, Guid id) =>
        TypedResults.Ok(await funding.OrganizationContractsAsync(user, id));

    public static async Task<Ok<IReadOnlyList<FundingRequestDto>>> RequestsAsync(ClaimsPrincipal user, FundingService funding, Guid id) =>
        TypedResults.Ok(await funding.RequestsAsync(user, id));

    public static async Task<Created<FundingRequestDto>> RequestAsync(ClaimsPrincipal user, FundingService funding, Guid id, FundingRequestRequest request)
    {
        var created = await funding.RequestAsync(user, id, request);
        return TypedResults.Created($"/api/organizations/{id}/funding-requests", created);
    }

    public static async Task<Ok<FundingRequestDto>> DecideRequestAsync(ClaimsPrincipal user, FundingService funding, Guid id, Guid requestId, FundingDecisionRequest request) =>
        TypedResults.Ok(await funding.DecideRequestAsync(user, id, requestId, request));


    public static async Task<Ok<IReadOnlyList<DuplicateSupportDto>>> DuplicatesAsync(ClaimsPrincipal user, FundingService funding) =>
        TypedResults.Ok(await funding.DuplicatesAsync(user));
}
