namespace Incubator.Client;

/// <summary>
/// Marker for the account pages' texts (lifecycle, password change): Resources/AccountText.resx (zh-CN, the default) and
/// AccountText.en.resx. In Incubator.Client (not .Accounts) so the localizer finds them beside UiText.
/// </summary>
public sealed class AccountText;
