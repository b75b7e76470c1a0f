namespace Incubator.Client.Privacy;

/// <summary>
/// Masks personal data (PIPL) for readers whose work does not need it: a phone number keeps its first three and last
/// four digits (<c>138****8000</c>), an ID-card number its first three and last four, a name its first character (<c>赵*</c>). docs/security.md lists who sees what.
/// </summary>
public static class PersonalData
{
    public const char MaskCharacter = '*';

    public static string MaskPhone(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        if (digits.Length < 8)
        {
            return new string(MaskCharacter, digits.Length);
        }

        return string.Concat(new string(digits, 0, 3), "****", new string(digits, digits.Length - 4, 4));
    }

    /// <summary>An ID-card number keeps its first three and last four characters: <c>150***********1234</c>.</summary>
    public static string MaskIdCard(string number)
    {
        var text = number.Trim();
        return text.Length < 8 ? new string(MaskCharacter, text.Length) : string.Concat(text[..3], new string(MaskCharacter, text.Length - 7), text[^4..]);
    }

    public static string MaskName(string name)
    {
        var text = name.Trim();
        if (text.Length == 0)
        {
            return text;
        }

        // Whole text elements, so a character outside the BMP is not cut in half.
        var first = System.Globalization.StringInfo.GetNextTextElementLength(text);
        var rest = new System.Globalization.StringInfo(text).LengthInTextElements - 1;
        return text[..first] + new string(MaskCharacter, Math.Max(rest, 1));
    }
}
