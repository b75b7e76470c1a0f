using Incubator.Client.Bookings;
using Incubator.Venues;

namespace Incubator.Client.Venues;

public static class VenuesApi
{
    public static IEndpointRouteBuilder MapVenuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/venues", "Venues");
        api.MapGet("/", (ClaimsPrincipal user, VenueService venues, Guid? incubatorId) => venues.ListAsync(user, incubatorId))
            .WithSummary("Spaces (场地) you can see: your incubators' own and those shared with their districts; optionally of one incubator.");
        api.MapPost("/", (ClaimsPrincipal user, VenueService venues, SpaceRequest request) =>
                venues.CreateAsync(user, request).CreatedAt(created => $"/api/venues/{created.Id}"))
            .Idempotent().WithSummary("Add a space to an incubator: kind, name, capacity, opening hours per weekday (local), equipment, sharing, auto-approval, check-in grace.");
        api.MapGet("/{id:guid}", (ClaimsPrincipal user, VenueService venues, Guid id) => venues.GetAsync(user, id))
            .WithSummary("One space.");
        api.MapPut("/{id:guid}", (ClaimsPrincipal user, VenueService venues, Guid id, SpaceRequest request) => venues.UpdateAsync(user, id, request))
            .WithSummary("Change a space's definition; its bookings stay.");
        api.MapGet("/{id:guid}/week", (ClaimsPrincipal user, BookingService bookings, TimeProvider time, Guid id, DateOnly? date) =>
                bookings.WeekAsync(user, id, date ?? VenueTime.Today(time)))
            .WithSummary("The space's week (Monday of the given local date): occurrences in UTC and local time; others' bookings show only as taken.");
        api.MapGet("/utilization",
                (ClaimsPrincipal user, VenueService venues, TimeProvider time, Guid incubatorId, UtilizationPeriod? period, DateOnly? from, int? periods) =>
                    venues.UtilizationAsync(user, incubatorId, period ?? UtilizationPeriod.Week, from ?? VenueTime.Today(time), periods ?? 4))
            .WithSummary("Open, booked and checked-in hours of every space of an incubator per week or month.");
        api.MapGet("/idle", (ClaimsPrincipal user, VenueService venues, TimeProvider time, Guid incubatorId, DateOnly? today, double? threshold) =>
                venues.IdleAsync(user, incubatorId, today ?? VenueTime.Today(time), threshold ?? VenueService.DefaultIdleThreshold))
            .WithSummary("Spaces booked below the threshold over the last four weeks (with the suggestion to share them) and desks whose organizations rarely check in.");
        return app;
    }
}
