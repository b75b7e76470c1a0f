namespace Incubator.Client.Components.Confirmation;

/// <summary>What a confirmation asks: the consequence in words (an amount, what stops), and a reason when the domain keeps one.</summary>
public sealed record class ConfirmQuestion(string Title, string Consequence, string ConfirmText, string? ReasonLabel = null, string? InitialReason = null);
