using System.Globalization;
using System.Text.RegularExpressions;
using Incubator.Funding;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;
using Microsoft.Extensions.Localization;

namespace Incubator.Client.Timeline;

/// <summary>
/// Turns structured timeline entries into sentences in the current UI culture: the template Timeline.{Action}[.{variant}]
/// from TimelineText with {argument} placeholders, ids replaced by names, enum members by their UiText labels, amounts as
/// money. Entries moved from grain state by 0010 carry only their old English text: "label: detail".
/// </summary>
public sealed partial class TimelineRenderer(
    IClusterClient cluster, IStringLocalizer<TimelineText> text, IStringLocalizer<UiText> ui, Infrastructure.AreaClock? clock = null)
{
    // Enum arguments and the UiText key prefix of their labels.
    private static readonly Dictionary<string, string> EnumLabels = new(StringComparer.Ordinal)
    {
        [TimelineArgs.LegalStatus] = "LegalStatus.",
        [TimelineArgs.ReviewItem] = "Review.",
        [TimelineArgs.BranchForm] = "Branch.",
        [TimelineArgs.CheckpointKind] = "Checkpoint.",
        [TimelineArgs.HandOffKind] = "HandOffKind.",
        [TimelineArgs.Track] = "Track.",
        [TimelineArgs.ServiceCategory] = "ServiceCategory.",
        [TimelineArgs.ContractKind] = "ContractKind.",
        [TimelineArgs.MilestoneStatus] = "MilestoneStatus.",
    };

    // Optional texts: appended after the sentence when given, unless the template places them itself.
    private static readonly string[] Remarks = [TimelineArgs.Reason, TimelineArgs.Note, TimelineArgs.Instructor];

    public async Task<IReadOnlyList<TimelineEntryDto>> RenderAsync(IReadOnlyList<TimelineEntry> entries)
    {
        var geography = await cluster.GeographyAsync();
        var organizations = await OrganizationNamesAsync(entries);
        return entries.Select(e => Render(e, geography, organizations)).ToArray();
    }

    private TimelineEntryDto Render(TimelineEntry entry, GeographySnapshot geography, IReadOnlyDictionary<Guid, string> organizations)
    {
        var label = ui[$"Action.{entry.Action}"].Value;
        var arguments = entry.Arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        return new TimelineEntryDto(
            entry.Id, entry.At, entry.Action, arguments, entry.ActorId, entry.ActorName, label, Sentence(entry, label, arguments, geography, organizations));
    }

    private string Sentence(
        TimelineEntry entry, string label, Dictionary<string, string> arguments, GeographySnapshot geography, IReadOnlyDictionary<Guid, string> organizations)
    {
        if (arguments.TryGetValue(TimelineArgs.Detail, out var detail))
        {
            return text["Timeline.Legacy", label, detail].Value;
        }

        var key = arguments.TryGetValue(TimelineArgs.Variant, out var variant) ? $"Timeline.{entry.Action}.{variant}" : $"Timeline.{entry.Action}";
        var template = text[key];
        var sentence = template.ResourceNotFound
            ? label
            : Placeholder().Replace(template.Value, m => arguments.TryGetValue(m.Groups[1].Value, out var value)
                ? Value(m.Groups[1].Value, value, geography, organizations)
                : "");
        foreach (var remark in Remarks)
        {
            if (arguments.TryGetValue(remark, out var value) && value.Length > 0 && !template.Value.Contains($"{{{remark}}}", StringComparison.Ordinal))
            {
                sentence = text["Timeline.Remark", sentence, value].Value;
            }
        }

        return sentence;
    }

    private string Value(string name, string value, GeographySnapshot geography, IReadOnlyDictionary<Guid, string> organizations)
    {
        switch (name)
        {
            case TimelineArgs.IncubatorId or TimelineArgs.FromIncubatorId or TimelineArgs.ToIncubatorId:
                return Guid.TryParse(value, out var incubator) ? geography.FindIncubator(incubator)?.Name ?? value : value;
            case TimelineArgs.AreaId:
                return Guid.TryParse(value, out var area) ? geography.FindArea(area)?.Name ?? value : value;
            case TimelineArgs.OrganizationId:
                return Guid.TryParse(value, out var organization) && organizations.TryGetValue(organization, out var organizationName) ? organizationName : value;
            case TimelineArgs.Amount:
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? Money.Yuan(amount) : value;
            case TimelineArgs.Met:
                return text[value == "true" ? "Timeline.Met" : "Timeline.NotMet"].Value;
            case TimelineArgs.StartsAt:
                return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? clock?.DateTime(at) ?? global::Incubator.Venues.VenueTime.ToLocal(at, global::Incubator.Venues.VenueTime.DefaultTimeZoneId).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                    : value;
            case TimelineArgs.Dates:
                return List(value.Split(',', StringSplitOptions.RemoveEmptyEntries));
            case TimelineArgs.ServiceDomains:
                return List(value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(domain => ui[$"Domain.{domain}"].Value));
            case TimelineArgs.Changed:
                return List(value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(field => text[$"Timeline.Field.{field}"].Value));
            default:
                return EnumLabels.TryGetValue(name, out var prefix) ? ui[prefix + value].Value : value;
        }
    }

    private string List(IEnumerable<string> items) => string.Join(text["Timeline.Separator"].Value, items);

    /// <summary>Names of the organizations entries refer to (hub links), each looked up once.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> OrganizationNamesAsync(IReadOnlyList<TimelineEntry> entries)
    {
        var ids = entries
            .Select(e => e.Argument(TimelineArgs.OrganizationId))
            .Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToArray();
        var names = new Dictionary<Guid, string>();
        foreach (var id in ids)
        {
            if (await cluster.GetGrain<IOrganizationGrain>(id).GetAsync() is { } record)
            {
                names[id] = record.Name;
            }
        }

        return names;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
