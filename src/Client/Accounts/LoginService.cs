using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Accounts;

/// <summary>
/// The one password check behind the login form and the token endpoint: throttled per address and account, and with
/// one answer for an unknown user, a wrong password, a locked and a disabled account (no enumeration). Identity's own
/// hard lockout is never triggered by failures, so a stranger cannot keep a real user out.
/// </summary>
public sealed class LoginService(
    UserManager<IncubatorUser> users,
    SignInManager<IncubatorUser> signIn,
    LoginThrottle throttle,
    IHttpContextAccessor http,
    Audit.AuditLog audit,
    ILogger<LoginService> logger)
{
    // Unknown names cost one hash verification too, so the answer's timing does not tell them apart.
    private static string? _decoyHash;

    public async Task<LoginOutcome> CheckAsync(string? userName, string? password)
    {
        var name = (userName ?? "").Trim();
        var account = users.NormalizeName(name) ?? "";
        var address = ClientAddress(http.HttpContext);
        if (throttle.Admit(address, account) is { } wait)
        {
            logger.SignInThrottled(name, address, wait);
            await audit.RecordAsync(Audit.AuditActions.Login, name, succeeded: false, detail: Audit.AuditDetail.Throttled);
            return LoginOutcome.Throttled(wait);
        }

        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null)
        {
            _decoyHash ??= users.PasswordHasher.HashPassword(new IncubatorUser(), Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(new IncubatorUser(), _decoyHash, password ?? "");
            signIn.Logger.SignInRefused(name, "unknown user");
            throttle.Failed(address, account);
            await audit.RecordAsync(Audit.AuditActions.Login, name, succeeded: false, detail: Audit.AuditDetail.Refused);
            return LoginOutcome.Refused;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: false);
        if (!check.Succeeded)
        {
            throttle.Failed(address, account);
            await audit.RecordAsync(Audit.AuditActions.Login, name, succeeded: false, detail: Audit.AuditDetail.Refused);
            return LoginOutcome.Refused;
        }

        throttle.Succeeded(address, account);
        await audit.RecordAsync(Audit.AuditActions.Login, user.UserName);
        return LoginOutcome.Accepted(user);
    }

    public static string ClientAddress(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>The outcome of a password check: the user, or refused, or asked to wait.</summary>
public sealed record class LoginOutcome(IncubatorUser? User, TimeSpan? RetryAfter)
{
    public static readonly LoginOutcome Refused = new(null, null);

    public static LoginOutcome Accepted(IncubatorUser user) => new(user, null);

    public static LoginOutcome Throttled(TimeSpan wait) => new(null, wait);

    /// <summary>Whole seconds for a Retry-After header, at least 1.</summary>
    public int RetryAfterSeconds => RetryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 0;
}

public static partial class LoginLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in for {UserName} from {Address} throttled for {Wait}")]
    public static partial void SignInThrottled(this ILogger logger, string userName, string address, TimeSpan wait);
}
