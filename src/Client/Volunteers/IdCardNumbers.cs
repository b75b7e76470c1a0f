using Incubator.Client.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace Incubator.Client.Volunteers;

/// <summary>
/// A volunteer's ID-card number (居民身份证号码, GB 11643): never required; when given it is checked, encrypted with the
/// Client's Data Protection keys (kept in PostgreSQL with the accounts) before it reaches a grain, and shown masked.
/// </summary>
public sealed class IdCardNumbers(IDataProtectionProvider protection)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    private readonly IDataProtector _protector = protection.CreateProtector("Incubator.Volunteers.IdCardNumber");

    /// <summary>18 characters: 17 digits and a check character (a digit or X) over them.</summary>
    public static bool IsValid(string number) =>
        number.Length == 18
        && number[..17].All(char.IsAsciiDigit)
        && CheckCharacters[number[..17].Select((c, i) => (c - '0') * Weights[i]).Sum() % 11] == number[17];

    public static string Normalize(string number) => number.Trim().ToUpperInvariant();

    public string Protect(string number) => _protector.Protect(Normalize(number));

    /// <summary>The masked number (first three and last four characters), or null when none is recorded.</summary>
    public string? Masked(string? protectedNumber) => protectedNumber is null ? null : PersonalData.MaskIdCard(_protector.Unprotect(protectedNumber));
}
