using Incubator.Client.Bookings;
using Incubator.Venues;

namespace Incubator.Client.Venues;

public static class VenuesApi
{
    public static IEndpointRouteBuilder MapVenuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/venues").WithTags("Venues").RequireAuthorization();
        api.MapGet("/", ListAsync).WithSummary("Spaces (场地) you can see: your incubators' own and those shared with their districts; optionally of one incubator.");
        api.MapPost("/", CreateAsync).WithSummary("Add a space to an incubator: kind, name, capacity, opening hours per weekday (local), equipment, sharing, auto-approval, check-in grace.");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("One space.");
        api.MapPut("/{id:guid}", UpdateAsync).WithSummary("Change a space's definition; its bookings stay.");
        api.MapGet("/{id:guid}/week", WeekAsync).WithSummary("The space's week (Monday of the given local date): occurrences in UTC and local time; others' bookings show only as taken.");
        api.MapGet("/utilization", UtilizationAsync).WithSummary("Open, booked and checked-in hours of every space of an incubator per week or month.");
        api.MapGet("/idle", IdleAsync).WithSummary("Spaces booked below the threshold over the last four weeks (with the suggestion to share them) and desks whose organizations rarely check in.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SpaceDto>>> ListAsync(ClaimsPrincipal user, VenueService venues, Guid? incubatorId) =>
        TypedResults.Ok(await venues.ListAsync(user, incubatorId));

    public static async Task<Created<SpaceDto>> CreateAsync(ClaimsPrincipal user, VenueService venues, SpaceRequest request)
    {
        var created = await venues.CreateAsync(user, request);
        return TypedResults.Created($"/api/venues/{created.Id}", created);
    }

    public static async Task<Ok<SpaceDto>> GetAsync(ClaimsPrincipal user, VenueService venues, Guid id) =>
        TypedResults.Ok(await venues.GetAsync(user, id));

    public static async Task<Ok<SpaceDto>> UpdateAsync(ClaimsPrincipal user, VenueService venues, Guid id, SpaceRequest request) =>
        TypedResults.Ok(await venues.UpdateAsync(user, id, request));

    public static async Task<Ok<SpaceWeek>> WeekAsync(ClaimsPrincipal user, BookingService bookings, TimeProvider time, Guid id, DateOnly? date) =>
        TypedResults.Ok(await bookings.WeekAsync(user, id, date ?? VenueTime.Today(time)));

    public static async Task<Ok<IReadOnlyList<UtilizationRow>>> UtilizationAsync(
        ClaimsPrincipal user, VenueService venues, TimeProvider time, Guid incubatorId, UtilizationPeriod? period, DateOnly? from, int? periods) =>
        TypedResults.Ok(await venues.UtilizationAsync(user, incubatorId, period ?? UtilizationPeriod.Week, from ?? VenueTime.Today(time), periods ?? 4));

    public static async Task<Ok<IdleReport>> IdleAsync(ClaimsPrincipal user, VenueService venues, TimeProvider time, Guid incubatorId, DateOnly? today, double? threshold) =>
        TypedResults.Ok(await venues.IdleAsync(user, incubatorId, today ?? VenueTime.Today(time), threshold ?? VenueService.DefaultIdleThreshold));
}

