namespace Incubator.Client.Ledger;

public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        app.MapFeature("/api/organizations/{id:guid}/ledger", "Ledger")
            .MapGet("/", (ClaimsPrincipal user, LedgerService ledger, Guid id) => ledger.LedgerAsync(user, id))
            .WithSummary("Everything the organization received (training seats, cash, …) valued in yuan, totalled per year, with what came from purchase-of-service budgets.");
        return app;
    }
}
