using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码, GB 32100-2015):
/// 17 characters of content and a check character over a 31-symbol alphabet (docs/domain.md §4.2).
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    private const string Field = "creditCode";

    /// <summary>The 31 symbols in value order; I, O, S, V and Z are left out so they cannot be misread.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = ComputeWeights();

    /// <summary>Trims and upper-cases user input so "  91350100m000100y43 " and the canonical form compare equal.</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Null when <paramref name="code"/> (already normalized) is valid, else the reason, on the field "creditCode".</summary>
    public static FieldError? Validate(string code)
    {
        if (code.Length != Length)
        {
            return FieldError.Of(Field, ErrorCodes.CreditCodeLength, ErrorArg.Text("length", Length), ErrorArg.Text("actual", code.Length));
        }

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(code[i]) < 0)
            {
                return FieldError.Of(Field, ErrorCodes.CreditCodeCharacter, ErrorArg.Text("position", i + 1), ErrorArg.Text("character", code[i]));
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return code[Length - 1] == expected
            ? null
            : FieldError.Of(Field, ErrorCodes.CreditCodeCheckCharacter, ErrorArg.Text("actual", code[Length - 1]), ErrorArg.Text("expected", expected));
    }

    public static bool IsValid(string code) => Validate(code) is null;

    /// <summary>Registering authority 民政 (civil affairs): position 1 of every code our organizations can hold.</summary>
    public const char CivilAffairs = '5';

    /// <summary>Civil-affairs types (position 2): 1 social group, 2 social service institution, 3 foundation, 9 other.</summary>
    public const string CivilAffairsTypes = "1239";

    // The first two digits of a GB/T 2260 division code: the provinces, autonomous regions and municipalities.
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    /// <summary>
    /// <see cref="Validate"/>, then what a code issued by civil affairs must carry: authority 5 in position 1, a civil-affairs
    /// type in position 2 and an administrative division code (six digits, a real province first) in positions 3-8.
    /// A well-formed code of another authority (a company's 91…) or a made-up one (123456789012345678) is refused.
    /// </summary>
    public static FieldError? ValidateForCivilAffairs(string code)
    {
        if (Validate(code) is { } reason)
        {
            return reason;
        }

        if (code[0] != CivilAffairs)
        {
            return FieldError.Of(Field, ErrorCodes.CreditCodeAuthority, ErrorArg.Text("actual", code[0]), ErrorArg.Text("expected", CivilAffairs));
        }

        if (!CivilAffairsTypes.Contains(code[1]))
        {
            return FieldError.Of(Field, ErrorCodes.CreditCodeType, ErrorArg.Text("actual", code[1]));
        }

        var division = DivisionOf(code);
        return division.All(char.IsAsciiDigit) && Provinces.Contains(division[..2])
            ? null
            : FieldError.Of(Field, ErrorCodes.CreditCodeDivision, ErrorArg.Text("division", division));
    }

    /// <summary>
    /// <see cref="ValidateForCivilAffairs"/>, then the type character (position 2) against the organization's legal form:
    /// a foundation's code carries 3, a social group's 1, a social service institution's 2.
    /// </summary>
    public static FieldError? ValidateFor(string code, LegalForm legalForm)
    {
        if (ValidateForCivilAffairs(code) is { } reason)
        {
            return reason;
        }

        var expected = (char)('0' + (int)legalForm);
        return code[1] == expected
            ? null
            : FieldError.Of(Field, ErrorCodes.CreditCodeLegalForm, ErrorArg.Text("actual", code[1]), ErrorArg.Text("expected", expected), ErrorArg.Label("legalForm", legalForm));
    }

    /// <summary>Positions 3-8: the administrative division code of the registering office.</summary>
    public static string DivisionOf(string code) => code.Substring(2, 6);

    /// <summary>The check character for the first 17 characters of a code.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> content)
    {
        if (content.Length != Length - 1)
        {
            throw new ArgumentException($"The check character is computed over {Length - 1} characters.", nameof(content));
        }

        var sum = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var value = Alphabet.IndexOf(content[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{content[i]}' is not in the credit-code alphabet.", nameof(content));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static int[] ComputeWeights()
    {
        // Weight of position i (1-based) is 3^(i-1) mod 31.
        var weights = new int[Length - 1];
        var weight = 1;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = weight;
            weight = weight * 3 % 31;
        }

        return weights;
    }
}
