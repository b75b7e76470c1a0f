
namespace Incubator.Client.Accounts;

/// <summary>The claims we add to Identity's, and how the rest of the Client reads them.</summary>
public static class UserClaims
{
    public const string Scope = "incubator:scope";
    public const string DisplayName = "incubator:name";

    /// <summary>The <see cref="Session"/> a cookie or token belongs to.</summary>
    public const string Session = "incubator:session";

    /// <summary>Bearer tokens: the refresh generation they were issued in.</summary>
    public const string Generation = "incubator:generation";

    /// <summary>Added per request (never issued) while the account must choose a new password.</summary>
    public const string PasswordChangeDue = "incubator:passwordChangeDue";

    public static Guid? ScopeId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Scope), out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Session), out var id) ? id : null;

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(PasswordChangeDue, "true");

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static Actor Actor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "?");
}
