using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Accounts;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Authentication");
        api.MapPost("/token", TokenAsync).AllowAnonymous()
            .WithSummary("Exchange a user name and password for a bearer token (valid 8 hours); send it as 'Authorization: Bearer <accessToken>'.");
        api.MapGet("/me", Me).RequireAuthorization().WithSummary("Who the token or cookie belongs to: name, role and scope.");
        return app;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> TokenAsync(
        SignInManager<IncubatorUser> signIn, UserManager<IncubatorUser> users, ProblemText text, TokenRequest request)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await users.FindByNameAsync(request.UserName.Trim());
        if (user is null || string.IsNullOrEmpty(request.Password))
        {
            signIn.Logger.SignInRefused(request.UserName ?? "", user is null ? "unknown user" : "no password");
            return Unauthorized(text, ErrorCodes.InvalidCredentials);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Unauthorized(text, ErrorCodes.LockedOut);
        }

        if (!check.Succeeded)
        {
            return Unauthorized(text, ErrorCodes.InvalidCredentials);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static Ok<MeResponse> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new MeResponse(user.Identity?.Name ?? "", user.Actor().DisplayName, user.Role() ?? "", user.ScopeId()));

    // Worded in the caller's language like every other problem; the code lets a client tell the two apart.
    private static ProblemHttpResult Unauthorized(ProblemText text, string code) => TypedResults.Problem(
        text[code], statusCode: StatusCodes.Status401Unauthorized, title: text[code + ".title"], extensions: new Dictionary<string, object?> { ["code"] = code });
}

public sealed record class TokenRequest(string? UserName, string? Password);

public sealed record class MeResponse(string UserName, string DisplayName, string Role, Guid? ScopeId);
