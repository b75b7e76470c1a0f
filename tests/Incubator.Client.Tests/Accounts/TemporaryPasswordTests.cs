using Incubator.Client.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Tests;

public sealed class TemporaryPasswordTests
{
    // The policy of AccountsSetup: ten characters, a digit, an upper- and a lower-case letter.
    private static readonly PasswordOptions Policy = new() { RequiredLength = 10, RequireNonAlphanumeric = false };

    [Fact]
    public void EveryTemporaryPasswordMeetsThePolicy()
    {
        // A uniform draw misses every digit about one time in twelve: a thousand draws would all but surely catch it.
        var drawn = Enumerable.Range(0, 1_000).Select(_ => TemporaryPassword.Create(Policy)).ToList();

        Assert.All(drawn, password =>
        {
            Assert.Equal(TemporaryPassword.Length, password.Length);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.Contains(password, char.IsAsciiLetterUpper);
            Assert.Contains(password, char.IsAsciiLetterLower);
            Assert.DoesNotContain(password, c => "0O1lI".Contains(c));
        });
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
    }

    [Theory]
    [InlineData("abcdefghijkmnpqr", false)]
    [InlineData("ABCDEFGHJKLMNPQ2", false)]
    [InlineData("abcdefGHJKLMNPQ2", true)]
    [InlineData("abcGH2", false)]
    public void MeetsChecksEveryRequiredClass(string password, bool meets) =>
        Assert.Equal(meets, TemporaryPassword.Meets(password, Policy));
}
