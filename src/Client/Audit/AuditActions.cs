namespace Incubator.Client.Audit;

/// <summary>The actions the audit log records; UI labels are AccountText "Audit.Action.{action}".</summary>
public static class AuditActions
{
    public const string Login = "login";
    public const string Logout = "logout";
    public const string RefreshTokenReused = "refreshTokenReused";
    public const string AccountCreated = "accountCreated";
    public const string AccountDisabled = "accountDisabled";
    public const string AccountEnabled = "accountEnabled";
    public const string RoleChanged = "roleChanged";
    public const string PasswordReset = "passwordReset";
    public const string PasswordChanged = "passwordChanged";
    public const string AccountUnlocked = "accountUnlocked";
    public const string AccountErased = "accountErased";
    public const string Deletion = "deletion";
    public const string Export = "export";
    public const string DashboardRead = "dashboardRead";
    public const string CalendarFeedRenewed = "calendarFeedRenewed";

    public static IReadOnlyList<string> All { get; } =
    [
        Login, Logout, RefreshTokenReused, AccountCreated, AccountDisabled, AccountEnabled, RoleChanged, PasswordReset,
        PasswordChanged, AccountUnlocked, AccountErased, Deletion, Export, DashboardRead, CalendarFeedRenewed,
    ];
}
