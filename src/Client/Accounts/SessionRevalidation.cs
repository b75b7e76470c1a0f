using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Incubator.Client.Accounts;

/// <summary>
/// An open page (a Blazor circuit) keeps the user it was opened with; this asks <see cref="SessionValidation"/> again every
/// few seconds, so a logout elsewhere, a disabled account or a new role also closes pages already open.
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(10);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var validation = scope.ServiceProvider.GetRequiredService<IClaimsTransformation>();
        var checkedUser = await validation.TransformAsync(authenticationState.User);
        return checkedUser.Identity?.IsAuthenticated == true && !checkedUser.MustChangePassword();
    }
}
