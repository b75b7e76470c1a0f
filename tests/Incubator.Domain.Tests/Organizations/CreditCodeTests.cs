using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Domain.Tests;

public sealed class CreditCodeTests
{
    [Fact]
    public void ThePublishedExampleIsValid() => Assert.Null(CreditCode.Validate("91350100M000100Y43"));

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("")]
    public void AWrongLengthIsRejected(string code)
    {
        var reason = CreditCode.Validate(code);
        Assert.Equal(ErrorCodes.CreditCodeLength, reason?.Code);
        Assert.Contains(ErrorArg.Text("length", 18), reason!.Arguments);
    }

    [Fact]
    public void AWrongCheckCharacterIsRejectedNamingTheExpectedOne()
    {
        var reason = CreditCode.Validate("91350100M000100Y44");
        Assert.NotNull(reason);
        Assert.Equal(ErrorCodes.CreditCodeCheckCharacter, reason.Code);
        Assert.Contains(ErrorArg.Text("expected", '3'), reason.Arguments);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void LettersOutsideTheAlphabetAreRejected(char letter)
    {
        var code = "91350100M000100Y43".ToCharArray();
        code[8] = letter;
        Assert.Equal(ErrorCodes.CreditCodeCharacter, CreditCode.Validate(new string(code))?.Code);
    }

    [Fact]
    public void WeightsArePowersOfThreeModuloThirtyOne()
    {
        // A 1 in position i alone sums to its weight, so the check character reveals 3^(i-1) mod 31.
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            var content = new string('0', i) + "1" + new string('0', 16 - i);
            var expected = CreditCode.Alphabet[(31 - weight % 31) % 31];
            Assert.Equal(expected, CreditCode.CheckCharacter(content));
            weight = weight * 3 % 31;
        }
    }

    [Fact]
    public void EveryComputedCheckCharacterValidates()
    {
        var random = new Random(2015);
        for (var n = 0; n < 500; n++)
        {
            var content = new string(Enumerable.Range(0, 17).Select(_ => CreditCode.Alphabet[random.Next(31)]).ToArray());
            var code = content + CreditCode.CheckCharacter(content);
            Assert.True(CreditCode.IsValid(code), code);
            var wrong = content + CreditCode.Alphabet[(CreditCode.Alphabet.IndexOf(code[17]) + 1) % 31];
            Assert.False(CreditCode.IsValid(wrong), wrong);
        }
    }

    [Fact]
    public void NormalizeTrimsAndUpperCases() => Assert.Equal("91350100M000100Y43", CreditCode.Normalize("  91350100m000100y43 "));

    [Fact]
    public void AMadeUpCodeWithARightCheckCharacterIsRefusedForCivilAffairs()
    {
        Assert.True(CreditCode.IsValid("123456789012345678"));

        var error = CreditCode.ValidateForCivilAffairs("123456789012345678");

        Assert.Equal(("creditCode", ErrorCodes.CreditCodeAuthority), (error?.Field, error?.Code));
    }

    [Theory]
    [InlineData("91350100M000100Y", ErrorCodes.CreditCodeAuthority)]
    [InlineData("55150203MJ0000000", ErrorCodes.CreditCodeType)]
    [InlineData("51990203MJ0000000", ErrorCodes.CreditCodeDivision)]
    [InlineData("5115A203MJ0000000", ErrorCodes.CreditCodeDivision)]
    public void CivilAffairsCodesNeedTheAuthorityATypeAndARealDivision(string start, string code)
    {
        var content = start.PadRight(17, '0')[..17];
        Assert.Equal(code, CreditCode.ValidateForCivilAffairs(content + CreditCode.CheckCharacter(content))?.Code);
    }

    [Fact]
    public void ASocialGroupOfKundulunIsAccepted()
    {
        const string content = "51150203MJ0000001";
        Assert.Null(CreditCode.ValidateForCivilAffairs(content + CreditCode.CheckCharacter(content)));
        Assert.Equal("150203", CreditCode.DivisionOf(content + "X"));
    }

    [Theory]
    [InlineData('1', LegalForm.SocialGroup, null)]
    [InlineData('2', LegalForm.SocialServiceInstitution, null)]
    [InlineData('3', LegalForm.Foundation, null)]
    [InlineData('1', LegalForm.Foundation, ErrorCodes.CreditCodeLegalForm)]
    [InlineData('2', LegalForm.SocialGroup, ErrorCodes.CreditCodeLegalForm)]
    [InlineData('9', LegalForm.SocialServiceInstitution, ErrorCodes.CreditCodeLegalForm)]
    public void TheTypeCharacterMustMatchTheLegalForm(char type, LegalForm legalForm, string? refusal)
    {
        var content = $"5{type}150203MJ0000001";
        Assert.Equal(refusal, CreditCode.ValidateFor(content + CreditCode.CheckCharacter(content), legalForm)?.Code);
    }
}
