
namespace Incubator.Client.Ledger;

public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/{id:guid}/ledger", LedgerAsync).WithTags("Ledger").RequireAuthorization()
            .WithSummary("Everything the organization received (training seats, cash, …) valued in yuan, totalled per year, with what came from purchase-of-service budgets.");
        return app;
    }

    public static async Task<Ok<SupportLedgerDto>> LedgerAsync(ClaimsPrincipal user, LedgerService ledger, Guid id) =>
        TypedResults.Ok(await ledger.LedgerAsync(user, id));
}
