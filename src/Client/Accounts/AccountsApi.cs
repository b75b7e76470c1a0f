
namespace Incubator.Client.Accounts;

public static class AccountsApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(AccountsSetup.AdministratorsOnly);
        api.MapGet("/", ListAsync).WithSummary("Accounts, paged by user name.");
        api.MapPost("/", CreateAsync).Idempotent().WithSummary("Create an account with a role and the scope the role needs (district, incubator, community or organization id).");
        return app;
    }

    public static async Task<Ok<PageDto<AccountSummary>>> ListAsync(AccountService accounts, int? page, int? pageSize)
    {
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var errors = new List<FieldError>();
        if (number < 1)
        {
            errors.Add(FieldError.Of("page", ErrorCodes.AtLeast, ErrorArg.Text("min", 1)));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add(FieldError.OutOfRange("pageSize", 1, MaxPageSize));
        }

        DomainException.ThrowIfInvalid(errors);
        var found = await accounts.ListAsync(number, size);
        return TypedResults.Ok(new PageDto<AccountSummary>(found.Items, found.PageNumber, found.PageSize, found.TotalCount));
    }

    public static async Task<Created<AccountSummary>> CreateAsync(AccountService accounts, NewAccountRequest request)
    {
        var user = await accounts.CreateAsync(new NewAccount(
            request.UserName ?? "", request.DisplayName ?? "", request.Password ?? "", request.Role ?? "", request.ScopeId));
        return TypedResults.Created($"/api/accounts/{user.Id}", new AccountSummary(user.Id, user.UserName ?? "", user.DisplayName, request.Role ?? "", user.ScopeId, false));
    }
}

public sealed record class NewAccountRequest(string? UserName, string? DisplayName, string? Password, string? Role, Guid? ScopeId);
