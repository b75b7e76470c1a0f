namespace Incubator.Client.Accounts;

/// <summary>
/// One sign-in: a login cookie, or a bearer token with its refresh tokens (one family). Every cookie and token carries
/// the session's id, so revoking the row ends it on the very next request.
/// </summary>
public sealed class Session
{
    public const string CookieKind = "cookie";
    public const string BearerKind = "bearer";

    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string Kind { get; set; } = CookieKind;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Bearer sessions: the generation of the one refresh token (and its access token) still valid.</summary>
    public int RefreshGeneration { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }
}
