using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Domain.Tests;

public sealed class FilingValidationTests
{
    private static readonly FileOrganization Valid = new(
        Guid.NewGuid(), "夕阳红养老服务社", OrganizationCategory.CharityPublicWelfare, [ServiceDomain.ElderlyCare], "王芳", "13800138000", null);

    [Fact]
    public void ACompleteFilingHasNoErrors() => Assert.Empty(Valid.Validate());

    [Fact]
    public void AValidCreditCodeIsAccepted()
    {
        // A social group registered in Kundulun District (5 civil affairs, 1 social group, 150203), in lower case.
        const string content = "51150203MJ0000001";
        Assert.Empty((Valid with { CreditCode = (content + CreditCode.CheckCharacter(content)).ToLowerInvariant(), LegalForm = LegalForm.SocialGroup }).Validate());
    }

    [Fact]
    public void ACompanysCodeIsRefusedForAnOrganizationOfCivilAffairs() =>
        Assert.Equal("creditCode", Assert.Single((Valid with { CreditCode = "91350100M000100Y43", LegalForm = LegalForm.SocialGroup }).Validate()).Field);

    [Fact]
    public void ACodeFiledWithTheOrganizationNeedsTheLegalFormItsTypeMatches()
    {
        const string content = "51150203MJ0000001";
        var code = content + CreditCode.CheckCharacter(content);

        Assert.Equal(["legalForm"], (Valid with { CreditCode = code }).Validate().Select(e => e.Field));
        var foundation = Assert.Single((Valid with { CreditCode = code, LegalForm = LegalForm.Foundation }).Validate());
        Assert.Equal(("creditCode", ErrorCodes.CreditCodeLegalForm), (foundation.Field, foundation.Code));
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("0472-1234567")]
    [InlineData("04721234567")]
    public void MobileAndLandlineNumbersAreAccepted(string phone) => Assert.Empty((Valid with { ContactPhone = phone }).Validate());

    [Theory]
    [InlineData("12345", "contactPhone")]
    [InlineData("", "contactPhone")]
    public void BadPhonesNameTheField(string phone, string field) =>
        Assert.Equal(field, Assert.Single((Valid with { ContactPhone = phone }).Validate()).Field);

    [Fact]
    public void EveryMissingFieldIsReported()
    {
        var errors = new FileOrganization(Guid.Empty, " ", (OrganizationCategory)99, [], "", "", "X").Validate();
        Assert.Equal(
            ["category", "contactName", "contactPhone", "creditCode", "incubatorId", "legalForm", "name", "serviceDomains"],
            errors.Select(e => e.Field).Order().ToArray());
    }

    [Fact]
    public void NormalizedTrimsAndCanonicalizesTheCode()
    {
        var normalized = (Valid with { Name = "  名称 ", CreditCode = " 91350100m000100y43 ", ServiceDomains = [ServiceDomain.Youth, ServiceDomain.Youth] }).Normalized();
        Assert.Equal("名称", normalized.Name);
        Assert.Equal("91350100M000100Y43", normalized.CreditCode);
        Assert.Single(normalized.ServiceDomains);
        Assert.Null((Valid with { CreditCode = "  " }).Normalized().CreditCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void AdmissionPeriodOutsideOneToTwentyFourMonthsIsRefused(int months) =>
        Assert.Equal("incubationMonths", Assert.Single(new AdmitOrganization(months).Validate()).Field);
}
