using System.Security.Claims;
using AutoMapper;
using Incubator.Client.Mapping;
using Incubator.Client.Organizations;
using Incubator.Bookings;
using Incubator.Funding;
using Incubator.Ledger;
using Incubator.Training;

namespace Incubator.Client.Ledger;

/// <summary>One view of everything an organization received, gathered from venue bookings, training and funding, valued in yuan.</summary>
public sealed class LedgerService(IClusterClient cluster, IMapper mapper, OrganizationAccess access)
{
    public async Task<SupportLedgerDto> LedgerAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await access.ReadableAsync(user, organizationId);
        var entries = new List<LedgerEntry>();

        var training = await cluster.GetGrain<ITrainingRecordGrain>(TrainingRecordKeys.Organization(organizationId)).GetAsync();
        entries.AddRange(training.Sessions.Select(s => new LedgerEntry(
            DateOnly.FromDateTime(s.StartsAt.UtcDateTime), SupportKind.TrainingSeatHours, s.CourseTitle, s.Hours, s.Hours * SupportValuation.TrainingSeatHour, null, null)));

        // Venue hours count only occurrences the organization checked in to: booked-but-unused time is not support received.
        var bookings = await cluster.GetGrain<IOrganizationBookingsGrain>(organizationId).ListAsync();
        entries.AddRange(bookings.SelectMany(b => b.Occurrences
            .Where(o => o.Status == OccurrenceStatus.CheckedIn)
            .Select(o => (Booking: b, Hours: (decimal)(o.End - o.Start).TotalHours, o.Start)))
            .Select(x => new LedgerEntry(
                DateOnly.FromDateTime(x.Start.UtcDateTime), SupportKind.VenueHours, x.Booking.SpaceName, x.Hours, x.Hours * SupportValuation.VenueHour, null, null)));

        // Cash counts what was paid, on the contract's start date, against the budget it came from.
        var contracts = await cluster.GetGrain<IFundingDirectoryGrain>(0).ContractsOfAsync(organizationId);
        entries.AddRange(contracts.Where(c => c.Paid > 0).Select(c => new LedgerEntry(
            c.StartsOn, SupportKind.Cash, $"{c.Kind} · {c.Category} ({c.AreaLevel} {c.BudgetYear})", c.Paid, c.Paid, c.AreaId, c.BudgetYear)));

        return mapper.Map<SupportLedgerDto>(SupportLedger.From(entries));
    }
}
