using Incubator.Organizations;

namespace Incubator.Testing;

public static class TestCreditCodes
{
    /// <summary>A valid credit code nobody has used: civil-affairs prefix, random organization part, its check character.</summary>
    public static string New()
    {
        var content = "51150100" + new string(Enumerable.Range(0, 9).Select(_ => CreditCode.Alphabet[Random.Shared.Next(31)]).ToArray());
        return content + CreditCode.CheckCharacter(content);
    }
}
