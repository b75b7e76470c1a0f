namespace Incubator.Client.Accounts;

public enum ScopeKind
{
    None = 0,
    District = 1,
    Incubator = 2,
    Community = 3,
    Organization = 4,
}
