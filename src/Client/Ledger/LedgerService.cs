using Incubator.Bookings;
using Incubator.Funding;
using Incubator.Indexes;
using Incubator.Ledger;
using Incubator.SupportPlans;
using Incubator.Training;
using Incubator.Venues;

namespace Incubator.Client.Ledger;

/// <summary>One view of everything an organization received, gathered from venue bookings, training and funding, valued in yuan.</summary>
public sealed class LedgerService(IClusterClient cluster, IMapper mapper, ScopeService access)
{
    public async Task<SupportLedgerDto> LedgerAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await access.ReadableAsync(user, organizationId);
        var entries = new List<LedgerEntry>();

        var training = await cluster.TrainingRecordAsync(TrainingRecordKeys.Organization(organizationId));
        entries.AddRange(training.Sessions.Select(s => new LedgerEntry(
            DateOnly.FromDateTime(s.StartsAt.UtcDateTime), SupportKind.TrainingSeatHours, s.CourseTitle, s.Hours, s.Hours * SupportValuation.TrainingSeatHour, null, null)));

        // Venue use counts only occurrences the organization checked in to: booked-but-unused time is not support received.
        // Desks are counted in desk months, rooms and halls in hours.
        var bookings = await cluster.Index<BookingRecord>(organizationId).ListAsync();
        var desks = new HashSet<Guid>();
        foreach (var spaceId in bookings.Select(b => b.SpaceId).Distinct())
        {
            if ((await cluster.GetGrain<ISpaceGrain>(spaceId).GetAsync())?.Kind == SpaceKind.Desk)
            {
                desks.Add(spaceId);
            }
        }

        foreach (var booking in bookings)
        {
            foreach (var occurrence in booking.Occurrences.Where(o => o.Status == OccurrenceStatus.CheckedIn))
            {
                var hours = (decimal)(occurrence.End - occurrence.Start).TotalHours;
                var on = DateOnly.FromDateTime(occurrence.Start.UtcDateTime);
                entries.Add(desks.Contains(booking.SpaceId)
                    ? new LedgerEntry(on, SupportKind.DeskMonths, booking.SpaceName, hours / SupportValuation.DeskHoursPerMonth,
                        decimal.Round(hours / SupportValuation.DeskHoursPerMonth * SupportValuation.DeskMonth, 2), null, null)
                    : new LedgerEntry(on, SupportKind.VenueHours, booking.SpaceName, hours, hours * SupportValuation.VenueHour, null, null));
            }
        }

        var consulting = await cluster.GetGrain<ISupportPlanGrain>(organizationId).GetConsultingAsync();
        entries.AddRange(consulting.Select(c => new LedgerEntry(
            c.On, SupportKind.ConsultingHours, $"{c.Consultant}: {c.Topic}", c.Hours, c.Hours * SupportValuation.ConsultingHour, null, null)));

        // Cash counts what was paid, on the contract's start date, against the budget it came from.
        var contracts = await cluster.GetGrain<IFundingDirectoryGrain>(0).ContractsOfAsync(organizationId);
        entries.AddRange(contracts.Where(c => c.Paid > 0).Select(c => new LedgerEntry(
            c.StartsOn, SupportKind.Cash, $"{c.Kind} · {c.Category} ({c.AreaLevel} {c.BudgetYear})", c.Paid, c.Paid, c.AreaId, c.BudgetYear)));

        return mapper.Map<SupportLedgerDto>(SupportLedger.From(entries));
    }
}
