namespace Incubator.Client.Accounts;

/// <summary>Limits on password sign-in (form, token and refresh endpoints); section "Accounts:LoginLimits".</summary>
public sealed class LoginLimitOptions
{
    public const string Section = "Accounts:LoginLimits";

    /// <summary>Sign-in requests (any account) one client address may send per minute; more answer 429.</summary>
    public int PerAddressPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts one account may receive per minute from all addresses together; more answer 429.</summary>
    public int PerAccountPerMinute { get; set; } = 20;

    /// <summary>Failures from one address against one account before each next attempt must wait (1 s, 2 s, 4 s, …).</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The longest wait the progressive delay asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);
}
