using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

/// <summary>Identity's sign-in manager, logging every refused password sign-in (login form and token API) for operators.</summary>
public sealed class IncubatorSignInManager : SignInManager<IncubatorUser>
{
    public IncubatorSignInManager(
        UserManager<IncubatorUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<IncubatorUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<IncubatorSignInManager> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<IncubatorUser> confirmation)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // An unknown name never reaches CheckPasswordSignInAsync.
        if (await UserManager.FindByNameAsync(userName) is null)
        {
            Logger.SignInRefused(userName, "unknown user");
            return SignInResult.Failed;
        }

        return await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
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
}

public static partial class SignInLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {UserName}: {Reason}")]
    public static partial void SignInRefused(this ILogger logger, string userName, string reason);
}
