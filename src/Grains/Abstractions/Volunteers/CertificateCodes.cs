using System.Security.Cryptography;
using Incubator.Organizations;

namespace Incubator.Volunteers;

/// <summary>
/// Verification codes of volunteer-service certificates: "ZY" and 12 random symbols of the credit-code alphabet (no
/// I O S V Z, so nothing reads as another symbol) and a check symbol over them. A changed symbol fails the check before
/// anything is looked up; a well-formed code nobody issued is simply unknown. About 59 random bits: codes cannot be guessed.
/// </summary>
public static class CertificateCodes
{
    public const string Prefix = "ZY";

    public const int RandomLength = 12;

    public static int Length => Prefix.Length + RandomLength + 1;

    public static string New()
    {
        var symbols = new char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            symbols[i] = CreditCode.Alphabet[RandomNumberGenerator.GetInt32(CreditCode.Alphabet.Length)];
        }

        var body = new string(symbols);
        return Prefix + body + Check(body);
    }

    /// <summary>The code in upper case without spaces or dashes when its shape and check symbol are right; null otherwise.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var text = new string(code.Where(c => c is not (' ' or '-')).ToArray()).ToUpperInvariant();
        if (text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var body = text[Prefix.Length..^1];
        return body.All(c => CreditCode.Alphabet.Contains(c)) && Check(body) == text[^1] ? text : null;
    }

    // Position-weighted, so swapping two symbols is caught as well as changing one.
    private static char Check(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += CreditCode.Alphabet.IndexOf(body[i]) * (i + 1);
        }

        return CreditCode.Alphabet[sum % CreditCode.Alphabet.Length];
    }
}
