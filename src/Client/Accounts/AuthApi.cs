using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Authentication");
        api.MapPost("/token", TokenAsync).AllowAnonymous().Produces<AccessTokenResponse>()
            .WithSummary("Exchange a user name and password for a bearer token (valid 15 minutes) and a refresh token; send the first as 'Authorization: Bearer <accessToken>'.");
        api.MapPost("/refresh", RefreshAsync).AllowAnonymous().Produces<AccessTokenResponse>()
            .WithSummary("Exchange a refresh token for a new access token and a new refresh token. Each refresh token works once: presenting a used one ends the session.");
        api.MapPost("/logout", LogoutAsync).RequireAuthorization()
            .WithSummary("End the session of this token or cookie: it, and its refresh token, stop working at once.");
        api.MapPost("/password", ChangePasswordAsync).RequireAuthorization()
            .WithSummary("Change one's own password. Every session of the account ends, this one too: sign in again with the new password.");
        api.MapGet("/me", Me).RequireAuthorization().WithSummary("Who the token or cookie belongs to: name, role and scope.");
        return app;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> TokenAsync(
        LoginService login, IncubatorSignInManager signIn, SessionStore sessions, IOptionsMonitor<BearerTokenOptions> bearer,
        ProblemText text, HttpContext context, TokenRequest request)
    {
        var outcome = await login.CheckAsync(request.UserName, request.Password);
        if (outcome.User is not { } user)
        {
            return outcome.RetryAfter is null ? Unauthorized(text) : TooManyAttempts(text, context, outcome.RetryAfterSeconds);
        }

        var session = await sessions.StartAsync(user.Id, Session.BearerKind, bearer.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration);
        return TypedResults.SignIn(await signIn.BearerPrincipalAsync(user, session.Id, 0), authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        IncubatorSignInManager signIn, SessionStore sessions, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time,
        ILogger<SessionStore> logger, Audit.AuditLog audit, ProblemText text, RefreshRequest request)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= time.GetUtcNow()
            || ticket.Principal.SessionId() is not { } sessionId
            || !int.TryParse(ticket.Principal.FindFirstValue(UserClaims.Generation), out var generation)
            || await sessions.FindAsync(sessionId) is not { RevokedAt: null } session)
        {
            return Unauthorized(text);
        }

        // A refresh token of an older generation was already used: someone holds a copy, so the whole family ends.
        if (generation != session.RefreshGeneration || !await sessions.RotateAsync(sessionId, generation))
        {
            logger.RefreshTokenReused(sessionId, generation, session.RefreshGeneration);
            await sessions.RevokeAsync(sessionId, "refresh token reused");
            await audit.RecordAsync(Audit.AuditActions.RefreshTokenReused, ticket.Principal.Identity?.Name, succeeded: false, detail: sessionId.ToString());
            return Unauthorized(text);
        }

        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || !await signIn.CanSignInAsync(user))
        {
            await sessions.RevokeAsync(sessionId, "account changed");
            return Unauthorized(text);
        }

        return TypedResults.SignIn(await signIn.BearerPrincipalAsync(user, sessionId, generation + 1), authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<NoContent> LogoutAsync(HttpContext context, SessionStore sessions, Audit.AuditLog audit)
    {
        await EndSessionAsync(context, sessions, audit);
        return TypedResults.NoContent();
    }

    /// <summary>Revokes the caller's session and, for a browser, removes its cookie.</summary>
    public static async Task EndSessionAsync(HttpContext context, SessionStore sessions, Audit.AuditLog audit)
    {
        if (context.User.SessionId() is { } session)
        {
            await sessions.RevokeAsync(session, "logout");
            await audit.RecordAsync(Audit.AuditActions.Logout, context.User.Identity?.Name);
        }

        if (context.Request.Headers.Authorization.Count == 0)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    public static async Task<NoContent> ChangePasswordAsync(AccountService accounts, ClaimsPrincipal user, ChangePasswordRequest request)
    {
        await accounts.ChangeOwnPasswordAsync(user, request.CurrentPassword, request.NewPassword);
        return TypedResults.NoContent();
    }

    public static Ok<MeResponse> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new MeResponse(user.Identity?.Name ?? "", user.Actor().DisplayName, user.Role() ?? "", user.ScopeId(), user.MustChangePassword()));

    // One answer for an unknown user, a wrong password, a locked and a disabled account.
    private static ProblemHttpResult Unauthorized(ProblemText text) => Problem(text, ErrorCodes.InvalidCredentials, StatusCodes.Status401Unauthorized);

    private static ProblemHttpResult TooManyAttempts(ProblemText text, HttpContext context, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(text, ErrorCodes.TooManyAttempts, StatusCodes.Status429TooManyRequests);
    }

    // Worded in the caller's language like every other problem; the code lets a client tell them apart.
    public static ProblemHttpResult Problem(ProblemText text, string code, int status) => TypedResults.Problem(
        text[code], statusCode: status, title: text[code + ".title"], extensions: new Dictionary<string, object?> { ["code"] = code });
}

public sealed record class TokenRequest(string? UserName, string? Password);

public sealed record class RefreshRequest(string? RefreshToken);

public sealed record class ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record class MeResponse(string UserName, string DisplayName, string Role, Guid? ScopeId, bool MustChangePassword);
