using Incubator.Client.Accounts;

namespace Incubator.Client.Audit;

/// <summary>
/// The details the platform itself writes into the audit log: codes (worded on the page from AccountText
/// "Audit.Detail.{code}") and a granted role with its scope ("{role} {scope id}", shown as their names).
/// </summary>
public static class AuditDetail
{
    public const string Throttled = "throttled";
    public const string Refused = "refused";
    public const string OrganizationData = "organizationData";

    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal) { Throttled, Refused, OrganizationData };

    public static bool IsCode(string? detail) => detail is not null && Codes.Contains(detail);

    /// <summary>The detail of an account created or given a new role.</summary>
    public static string Granted(string role, Guid? scopeId) => $"{role} {scopeId}";

    /// <summary>The role and scope of an account-created or role-changed entry; null for any other entry.</summary>
    public static (string Role, Guid? ScopeId)? RoleAndScope(AuditEntry entry)
    {
        if (entry.Action is not (AuditActions.AccountCreated or AuditActions.RoleChanged) || entry.Detail is null)
        {
            return null;
        }

        var parts = entry.Detail.Split(' ', 2);
        if (!Roles.All.Contains(parts[0]))
        {
            return null;
        }

        return (parts[0], parts.Length == 2 && Guid.TryParse(parts[1], out var scope) ? scope : null);
    }
}
