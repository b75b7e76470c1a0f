using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

/// <summary>
/// Identity's sign-in manager: refuses disabled accounts, gives every login cookie its own <see cref="Session"/>, and
/// logs every refused password check (login form and token API) for operators.
/// </summary>
public sealed class IncubatorSignInManager : SignInManager<IncubatorUser>
{
    /// <summary>The longest a login cookie's session lives, however active its user.</summary>
    public static readonly TimeSpan CookieSessionLifetime = TimeSpan.FromDays(7);

    private readonly SessionStore _sessions;

    public IncubatorSignInManager(
        UserManager<IncubatorUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<IncubatorUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<IncubatorSignInManager> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<IncubatorUser> confirmation,
        SessionStore sessions)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        _sessions = sessions;
    }

    public override async Task<bool> CanSignInAsync(IncubatorUser user) => !user.Disabled && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(IncubatorUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var session = await _sessions.StartAsync(user.Id, Session.CookieKind, CookieSessionLifetime);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(UserClaims.Session, session.Id.ToString())]);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(IncubatorUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!result.Succeeded)
        {
            Logger.SignInRefused(user.UserName ?? user.Id, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password");
        }

        return result;
    }

    /// <summary>A principal for a bearer token of <paramref name="session"/> in refresh <paramref name="generation"/>.</summary>
    public async Task<ClaimsPrincipal> BearerPrincipalAsync(IncubatorUser user, Guid session, int generation)
    {
        var principal = await CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims(
        [
            new Claim(UserClaims.Session, session.ToString()),
            new Claim(UserClaims.Generation, generation.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        return principal;
    }
}

public static partial class SignInLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {UserName}: {Reason}")]
    public static partial void SignInRefused(this ILogger logger, string userName, string reason);
}
