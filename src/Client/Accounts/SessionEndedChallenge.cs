using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Incubator.Client.Accounts;

/// <summary>
/// A cookie or token whose session <see cref="SessionValidation"/> refused still authenticates as "nobody", which the
/// framework would answer with 403; it is a sign-in that ended, so it answers like no sign-in at all: 401 (or the login page).
/// </summary>
public sealed class SessionEndedChallenge : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        _default.HandleAsync(next, context, policy,
            authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true ? PolicyAuthorizationResult.Challenge() : authorizeResult);
}
