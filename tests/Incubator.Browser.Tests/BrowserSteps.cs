using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

/// <summary>Steps every browser test takes the same way.</summary>
internal static class BrowserSteps
{
    /// <summary>Buttons do nothing until the Blazor circuit is connected; the layout renders this marker once it is.</summary>
    public static Task WaitForCircuit(IPage page) =>
        Expect(page.GetByTestId("circuit-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

    /// <summary>MudSelect puts the test id on a hidden input; the visible part is the combobox beside it.</summary>
    public static ILocator Select(IPage page, string testId) =>
        page.Locator(".mud-input-control", new() { Has = page.GetByTestId(testId) }).GetByRole(AriaRole.Combobox);

    public static Task OpenSelect(IPage page, string testId) => Select(page, testId).ClickAsync();

    public static async Task LogInAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=login-submit]");
    }

    /// <summary>Saved with the test results (./test.sh: .artifacts/test-results).</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ArtifactsDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name), FullPage = true });
    }
}
