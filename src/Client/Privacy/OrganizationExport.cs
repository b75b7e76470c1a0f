using Incubator.Client.Audit;
using Incubator.Client.Bookings;
using Incubator.Client.Funding;
using Incubator.Client.Hubs;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.SupportPlans;
using Incubator.Client.Timeline;

namespace Incubator.Client.Privacy;

/// <summary>
/// Everything the platform holds about one organization, for its representative (PIPL: a copy of one's data), gathered
/// from the features' own services so each applies its own rules; the export is audited.
/// </summary>
public sealed class OrganizationExport(
    ScopeService access,
    OrganizationService organizations,
    LedgerService ledger,
    SupportPlanService supportPlans,
    FundingService funding,
    BookingService bookings,
    HubService hubs,
    AuditLog audit)
{
    /// <summary>Enough for any organization's history; an export never pages without end.</summary>
    public const int MaxTimelinePages = 200;

    public async Task<OrganizationExportDto> ExportAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await access.ActableForAsync(user, organizationId, "exportsData");
        var timeline = new List<TimelineEntryDto>();
        string? before = null;
        for (var page = 0; page < MaxTimelinePages; page++)
        {
            var entries = await organizations.TimelineAsync(user, organizationId, before);
            timeline.AddRange(entries.Entries);
            if ((before = entries.Next) is null)
            {
                break;
            }
        }

        var export = new OrganizationExportDto(
            await organizations.GetAsync(user, organizationId),
            timeline,
            await ledger.LedgerAsync(user, organizationId),
            await supportPlans.MilestonesAsync(user, organizationId),
            await supportPlans.ConsultingAsync(user, organizationId),
            await funding.OrganizationContractsAsync(user, organizationId),
            await funding.RequestsAsync(user, organizationId),
            await bookings.OrganizationBookingsAsync(user, organizationId),
            await hubs.GetAsync(user, organizationId));
        await audit.RecordAsync(AuditActions.Export, organizationId.ToString(), detail: Audit.AuditDetail.OrganizationData);
        return export;
    }
}

public sealed record class OrganizationExportDto(
    OrganizationDto Organization,
    IReadOnlyList<TimelineEntryDto> Timeline,
    SupportLedgerDto Ledger,
    IReadOnlyList<MilestoneDto> Milestones,
    IReadOnlyList<ConsultingSessionDto> Consulting,
    IReadOnlyList<FundedContractDto> Contracts,
    IReadOnlyList<FundingRequestDto> FundingRequests,
    IReadOnlyList<BookingDto> Bookings,
    HubLinksDto Hubs);
