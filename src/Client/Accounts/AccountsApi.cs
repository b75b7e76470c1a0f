
namespace Incubator.Client.Accounts;

public static class AccountsApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts");
        accounts.MapGet("/", ListAsync).RequireAuthorization(AccountsSetup.AccountManagers)
            .WithSummary("Accounts you manage, paged by user name: all for an administrator, those scoped inside his district for a district leader.");
        accounts.MapPost("/", CreateAsync).RequireAuthorization(AccountsSetup.AdministratorsOnly).Idempotent().WithSummary("Create an account with a role and the scope the role needs (district, incubator, community or organization id).");

        // Administrators manage every account; a district leader those scoped inside his district. Each change ends the
        // account's sessions (cookies and tokens) at once.
        var manage = accounts.MapGroup("/{id}").RequireAuthorization(AccountsSetup.AccountManagers);
        manage.MapGet("/", GetAsync).WithSummary("One account, with its state (disabled, locked, password change due).");
        manage.MapPost("/disable", DisableAsync).WithSummary("Disable the account: it cannot sign in, and its sessions end at once.");
        manage.MapPost("/enable", EnableAsync).WithSummary("Enable a disabled account again.");
        manage.MapPut("/role", ChangeRoleAsync).WithSummary("Change the account's role and scope; its sessions end at once.");
        manage.MapPost("/password-reset", ResetPasswordAsync)
            .WithSummary("Replace the password with a temporary one, answered once; the user must choose a new one at next login. Sessions end at once.");
        manage.MapPost("/unlock", UnlockAsync).WithSummary("Lift a lockout and the sign-in delays of this account.");
        manage.MapPost("/erase", EraseAsync)
            .WithSummary("Erase the person's data on request (PIPL): name, user name and password go; the disabled account keeps its id, so counts and hours stay, anonymous.");
        return app;
    }

    public static async Task<Ok<PageDto<AccountSummary>>> ListAsync(AccountService accounts, ClaimsPrincipal actor, int? page, int? pageSize)
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
        var found = await accounts.ListAsync(actor, number, size);
        return TypedResults.Ok(new PageDto<AccountSummary>(found.Items, found.PageNumber, found.PageSize, found.TotalCount));
    }

    public static async Task<Created<AccountSummary>> CreateAsync(AccountService accounts, ClaimsPrincipal actor, NewAccountRequest request)
    {
        var user = await accounts.CreateAsync(new NewAccount(
            request.UserName ?? "", request.DisplayName ?? "", request.Password ?? "", request.Role ?? "", request.ScopeId), actor);
        return TypedResults.Created($"/api/accounts/{user.Id}", await accounts.SummaryAsync(user));
    }

    public static async Task<Ok<AccountSummary>> GetAsync(AccountService accounts, ClaimsPrincipal actor, string id) =>
        TypedResults.Ok(await accounts.SummaryAsync(await accounts.ManageableAsync(actor, id)));

    public static async Task<Ok<AccountSummary>> DisableAsync(AccountService accounts, ClaimsPrincipal actor, string id) =>
        TypedResults.Ok(await accounts.SummaryAsync(await accounts.SetDisabledAsync(actor, id, disabled: true)));

    public static async Task<Ok<AccountSummary>> EnableAsync(AccountService accounts, ClaimsPrincipal actor, string id) =>
        TypedResults.Ok(await accounts.SummaryAsync(await accounts.SetDisabledAsync(actor, id, disabled: false)));

    public static async Task<Ok<AccountSummary>> ChangeRoleAsync(AccountService accounts, ClaimsPrincipal actor, string id, ChangeRoleRequest request) =>
        TypedResults.Ok(await accounts.SummaryAsync(await accounts.ChangeRoleAsync(actor, id, request.Role ?? "", request.ScopeId)));

    public static async Task<Ok<TemporaryPasswordResponse>> ResetPasswordAsync(AccountService accounts, ClaimsPrincipal actor, string id) =>
        TypedResults.Ok(new TemporaryPasswordResponse(await accounts.ResetPasswordAsync(actor, id)));

    public static async Task<Ok<AccountSummary>> EraseAsync(AccountService accounts, ClaimsPrincipal actor, string id) =>
        TypedResults.Ok(await accounts.SummaryAsync(await accounts.EraseAsync(actor, id)));

    public static async Task<Ok<AccountSummary>> UnlockAsync(AccountService accounts, ClaimsPrincipal actor, string id) =>
        TypedResults.Ok(await accounts.SummaryAsync(await accounts.UnlockAsync(actor, id)));
}

public sealed record class ChangeRoleRequest(string? Role, Guid? ScopeId);

public sealed record class TemporaryPasswordResponse(string TemporaryPassword);

public sealed record class NewAccountRequest(string? UserName, string? DisplayName, string? Password, string? Role, Guid? ScopeId);
