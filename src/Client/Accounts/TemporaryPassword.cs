using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Accounts;

/// <summary>
/// The password an administrator's reset hands out, shown once. It is drawn from letters and digits that cannot be
/// mistaken for each other when read aloud or copied by hand (no 0/O, 1/l/I), and always carries every character class
/// the password policy asks for: a uniform draw of 16 leaves out every digit about one time in twelve.
/// </summary>
public static class TemporaryPassword
{
    public const int Length = 16;
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Alphabet = Upper + Lower + Digits;

    public static string Create(PasswordOptions policy)
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(Alphabet, Math.Max(Length, policy.RequiredLength));
            if (Meets(candidate, policy))
            {
                return candidate;
            }
        }
    }

    public static bool Meets(string password, PasswordOptions policy) =>
        password.Length >= policy.RequiredLength
        && (!policy.RequireUppercase || password.Any(char.IsAsciiLetterUpper))
        && (!policy.RequireLowercase || password.Any(char.IsAsciiLetterLower))
        && (!policy.RequireDigit || password.Any(char.IsAsciiDigit))
        && password.Distinct().Count() >= policy.RequiredUniqueChars;
}
