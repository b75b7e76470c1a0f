using Incubator.Client.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Moq;

namespace Incubator.Client.Tests;

public sealed class TemporaryPasswordTests
{
    // The policy of AccountsSetup: ten characters, a digit, an upper- and a lower-case letter.
    private static readonly PasswordOptions Policy = new() { RequiredLength = 10, RequireNonAlphanumeric = false };

    [Fact]
    public async Task EveryTemporaryPasswordMeetsThePolicy()
    {
        // A uniform draw misses every digit about one time in twelve: a thousand draws would all but surely catch it.
        var drawn = Enumerable.Range(0, 1_000).Select(_ => TemporaryPassword.Create(Policy)).ToList();
        var users = new UserManager<IncubatorUser>(
            Mock.Of<IUserStore<IncubatorUser>>(), Options.Create(new IdentityOptions { Password = Policy }), null!, [], [], null!, null!, null!, null!);
        var validator = new PasswordValidator<IncubatorUser>();

        foreach (var password in drawn)
        {
            Assert.Equal(TemporaryPassword.Length, password.Length);
            Assert.True((await validator.ValidateAsync(users, new IncubatorUser(), password)).Succeeded, password);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.Contains(password, char.IsAsciiLetterUpper);
            Assert.Contains(password, char.IsAsciiLetterLower);
            Assert.DoesNotContain(password, c => "0O1lI".Contains(c));
        }

        Assert.Equal(drawn.Count, drawn.Distinct().Count());
    }
}
