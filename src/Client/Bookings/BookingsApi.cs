using System.Text;

namespace Incubator.Client.Bookings;

public static class BookingsApi
{
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/bookings", "Bookings");
        api.MapPost("/", (ClaimsPrincipal user, BookingService bookings, BookingRequestBody request) =>
                bookings.RequestAsync(user, request).CreatedAt(booking => $"/api/bookings/{booking.SpaceId}/{booking.Id}"))
            .Idempotent().WithSummary("Request a space for an organization, once (start/end) or weekly (weekday, local times, from, weeks or until); 409 when a slot is taken.");
        api.MapGet("/", (ClaimsPrincipal user, BookingService bookings, Guid organizationId) => bookings.OrganizationBookingsAsync(user, organizationId))
            .WithSummary("An organization's bookings at every space, earliest first.");
        api.MapGet("/pending", (ClaimsPrincipal user, BookingService bookings, Guid? incubatorId) => bookings.PendingAsync(user, incubatorId))
            .WithSummary("Requests waiting for approval at the spaces of the incubators you manage.");

        var booking = app.MapFeature("/api/bookings/{spaceId:guid}/{bookingId:guid}", "Bookings");
        booking.MapGet("/", (ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId) => bookings.GetAsync(user, spaceId, bookingId))
            .WithSummary("One booking with its occurrences.");
        booking.MapPost("/decision", (ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId, BookingDecisionRequest request) =>
                bookings.DecideAsync(user, spaceId, bookingId, request))
            .WithSummary("Approve a pending booking, or decline it with a reason.");
        booking.MapPost("/occurrences/{index}/cancel",
                (ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId, int index, CancelOccurrenceRequest? request) =>
                    bookings.CancelAsync(user, spaceId, bookingId, index, request ?? new CancelOccurrenceRequest(false)))
            .WithSummary("Cancel one occurrence, or with restOfSeries it and every later one.");
        booking.MapPost("/occurrences/{index}/check-in", (ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId, int index) =>
                bookings.CheckInAsync(user, spaceId, bookingId, index))
            .WithSummary("Check in for an occurrence (from the grace period before its start until its end).");

        app.MapFeature("/api/organizations/{id:guid}/bookings.ics", "Bookings").MapGet("/", IcsAsync)
            .Produces<string>(StatusCodes.Status200OK, IcsCalendar.ContentType)
            .WithSummary("The organization's bookings as an iCalendar feed (RFC 5545, times in UTC).");
        return app;
    }

    public static async Task<FileContentHttpResult> IcsAsync(ClaimsPrincipal user, BookingService bookings, Guid id)
    {
        var (_, calendar) = await bookings.IcsAsync(user, id);
        return TypedResults.File(Encoding.UTF8.GetBytes(calendar), $"{IcsCalendar.ContentType}; charset=utf-8", $"bookings-{id:N}.ics");
    }
}
