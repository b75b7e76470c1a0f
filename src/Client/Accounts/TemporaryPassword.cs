using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Accounts;

/// <summary>
/// The password an administrator's reset hands out, shown once. It is drawn from letters and digits that cannot be
/// mistaken for each other when read aloud or copied by hand (no 0/O, 1/l/I), and holds an upper-case letter, a
/// lower-case letter and a digit by construction: a uniform draw of 16 leaves out every digit about one time in twelve.
/// Whether it passes is still Identity's password validators' to say (AccountService runs them).
/// </summary>
public static class TemporaryPassword
{
    public const int Length = 16;
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Create(PasswordOptions policy)
    {
        var characters = RandomNumberGenerator.GetString(Upper + Lower + Digits, Math.Max(Length, policy.RequiredLength) - 3).ToList();
        foreach (var required in new[] { Upper, Lower, Digits })
        {
            characters.Insert(RandomNumberGenerator.GetInt32(characters.Count + 1), required[RandomNumberGenerator.GetInt32(required.Length)]);
        }

        return string.Concat(characters);
    }
}
