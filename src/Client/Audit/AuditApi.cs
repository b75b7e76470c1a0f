using System.Globalization;
using CsvHelper;
using Incubator.Client.Accounts;
using Microsoft.Extensions.Localization;

namespace Incubator.Client.Audit;

public static class AuditApi
{
    public const int MaxPageSize = 200;

    private static readonly string[] Columns = ["At", "Actor", "Action", "Target", "Outcome", "Detail", "Address"];

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(AccountsSetup.AdministratorsOnly);
        api.MapGet("/", SearchAsync)
            .WithSummary("Audit entries, newest first: logins, account changes, exports, deletions, dashboard reads; filtered by action, account (actor or target), time [from, to) and outcome.");
        api.MapGet("/export", ExportAsync).Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("The matching audit entries as CSV (UTF-8 with BOM); the export is itself recorded.");
        return app;
    }

    public static async Task<Ok<PageDto<AuditEntryDto>>> SearchAsync(
        AuditLog audit, string? action, string? actor, DateTimeOffset? from, DateTimeOffset? to, bool? succeeded, int? page, int? pageSize)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var errors = new List<FieldError>();
        if (number < 1)
        {
            errors.Add(FieldError.Of("page", ErrorCodes.AtLeast, ErrorArg.Text("min", 1)));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add(FieldError.OutOfRange("pageSize", 1, MaxPageSize));
        }

        var filter = Validate(action, actor, from, to, succeeded, errors);
        DomainException.ThrowIfInvalid(errors);
        var (items, total) = await audit.SearchAsync(filter, number, size);
        return TypedResults.Ok(new PageDto<AuditEntryDto>(items.Select(AuditEntryDto.Of).ToList(), number, size, total));
    }

    public static async Task<IResult> ExportAsync(
        AuditLog audit, IStringLocalizer<AccountText> text, string? action, string? actor, DateTimeOffset? from, DateTimeOffset? to, bool? succeeded)
    {
        var errors = new List<FieldError>();
        var filter = Validate(action, actor, from, to, succeeded, errors);
        DomainException.ThrowIfInvalid(errors);
        await audit.RecordAsync(AuditActions.Export, "audit", detail: $"action={action} actor={actor} from={from:O} to={to:O} succeeded={succeeded}");
        return TypedResults.Stream(stream => WriteCsvAsync(stream, audit.ExportAsync(filter), text), "text/csv; charset=utf-8", "audit.csv");
    }

    /// <summary>One row per entry; values a spreadsheet would run as formulas (a typed user name "=…") are escaped.</summary>
    public static async Task WriteCsvAsync(Stream stream, IAsyncEnumerable<AuditEntry> entries, IStringLocalizer<AccountText> text)
    {
        // A byte order mark, so spreadsheets read the Chinese text as UTF-8.
        await using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
        await csv.WriteRecordAsync(Columns.Select(column => text["Audit.Column." + column].Value).ToArray());
        await foreach (var entry in entries)
        {
            await csv.WriteRecordAsync(
            [
                entry.At.ToString("O", CultureInfo.InvariantCulture),
                entry.ActorName ?? "",
                text["Audit.Action." + entry.Action].Value,
                entry.Target ?? "",
                text[entry.Succeeded ? "Audit.Succeeded" : "Audit.Failed"].Value,
                entry.Detail ?? "",
                entry.ClientAddress ?? "",
            ]);
        }
    }

    private static AuditFilter Validate(string? action, string? actor, DateTimeOffset? from, DateTimeOffset? to, bool? succeeded, List<FieldError> errors)
    {
        if (action is { Length: > 0 } && !AuditActions.All.Contains(action))
        {
            errors.Add(FieldError.UnknownValue("action"));
        }

        if (actor is { Length: > 256 })
        {
            errors.Add(FieldError.TooLong("actor", 256));
        }

        if (from is { } start && to is { } end && end <= start)
        {
            errors.Add(FieldError.Of("to", ErrorCodes.AuditRangeEmpty));
        }

        return new AuditFilter(action is { Length: > 0 } ? action : null, actor is { Length: > 0 } ? actor.Trim() : null, from, to, succeeded);
    }
}

public sealed record class AuditEntryDto(
    long Id, DateTimeOffset At, string? ActorName, string Action, string? Target, bool Succeeded, string? Detail, string? ClientAddress)
{
    public static AuditEntryDto Of(AuditEntry entry) =>
        new(entry.Id, entry.At, entry.ActorName, entry.Action, entry.Target, entry.Succeeded, entry.Detail, entry.ClientAddress);
}
