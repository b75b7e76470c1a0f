using MudBlazor;

namespace Incubator.Client.Components.Confirmation;

/// <summary>The one way a page asks before doing what cannot be undone (paying, closing, cancelling, declining, exiting).</summary>
public sealed class Confirmations(IDialogService dialogs)
{
    /// <summary>True when the person confirmed.</summary>
    public async Task<bool> AskAsync(string title, string consequence, string confirmText) =>
        await ShowAsync(new ConfirmQuestion(title, consequence, confirmText)) is not null;

    /// <summary>The reason given (never blank), or null when the person cancelled.</summary>
    public Task<string?> AskForReasonAsync(string title, string consequence, string confirmText, string reasonLabel, string? initialReason = null) =>
        ShowAsync(new ConfirmQuestion(title, consequence, confirmText, reasonLabel, initialReason));

    private async Task<string?> ShowAsync(ConfirmQuestion question)
    {
        var parameters = new DialogParameters<ConfirmDialog> { { d => d.Question, question } };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(question.Title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }
}
