using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

/// <summary>Steps every browser test takes the same way.</summary>
internal static class BrowserSteps
{
    /// <summary>Everything the page's content security policy refused, as Chromium reports it on the console.</summary>
    public static List<string> RecordPolicyViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        return violations;
    }

    /// <summary>Buttons do nothing until the Blazor circuit is connected; the layout renders this marker once it is.</summary>
    public static Task WaitForCircuit(IPage page) =>
        Expect(page.GetByTestId("circuit-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

    /// <summary>MudSelect puts the test id on a hidden input; the visible part is the combobox beside it.</summary>
    public static ILocator Select(IPage page, string testId) =>
        page.Locator(".mud-input-control", new() { Has = page.GetByTestId(testId) }).GetByRole(AriaRole.Combobox);

    public static Task OpenSelect(IPage page, string testId) => Select(page, testId).ClickAsync();

    /// <summary>
    /// Picks one option of a single-choice select and waits until the list has closed: the server has then taken the
    /// choice and re-rendered the form, so text typed next is not overwritten by that render.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await OpenSelect(page, testId);
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option });
        await choice.ClickAsync();
        await Expect(choice).ToBeHiddenAsync();
    }

    /// <summary>
    /// Picks options of a multiple-choice select, which stays open after a pick, then closes it as a person would, by
    /// clicking beside it (Escape goes to the focused option, which the list ignores), and waits until it has closed.
    /// </summary>
    public static async Task ChooseManyAsync(IPage page, string testId, params string[] options)
    {
        await OpenSelect(page, testId);
        ILocator? choice = null;
        foreach (var option in options)
        {
            choice = page.GetByRole(AriaRole.Option, new() { Name = option });
            await choice.ClickAsync();
        }

        // Bottom right: beside the form on every viewport the tests use (the top left is the app bar's, above the list's overlay).
        var viewport = page.ViewportSize!;
        await page.Mouse.ClickAsync(viewport.Width - 20, viewport.Height - 20);
        await Expect(choice!).ToBeHiddenAsync();
    }

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
