using System.Text;

namespace Incubator.Client.Bookings;

public static class BookingsApi
{
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/bookings").WithTags("Bookings").RequireAuthorization();
        api.MapPost("/", RequestAsync).WithSummary("Request a space for an organization, once (start/end) or weekly (weekday, local times, from, weeks or until); 409 when a slot is taken.");
        api.MapGet("/", OrganizationBookingsAsync).WithSummary("An organization's bookings at every space, earliest first.");
        api.MapGet("/pending", PendingAsync).WithSummary("Requests waiting for approval at the spaces of the incubators you manage.");
        api.MapGet("/{spaceId:guid}/{bookingId:guid}", GetAsync).WithSummary("One booking with its occurrences.");
        api.MapPost("/{spaceId:guid}/{bookingId:guid}/decision", DecideAsync).WithSummary("Approve a pending booking, or decline it with a reason.");
        api.MapPost("/{spaceId:guid}/{bookingId:guid}/occurrences/{index}/cancel", CancelAsync).WithSummary("Cancel one occurrence, or with restOfSeries it and every later one.");
        api.MapPost("/{spaceId:guid}/{bookingId:guid}/occurrences/{index}/check-in", CheckInAsync).WithSummary("Check in for an occurrence (from the grace period before its start until its end).");

        app.MapGet("/api/organizations/{id:guid}/bookings.ics", IcsAsync)
            .WithTags("Bookings").RequireAuthorization()
            .WithSummary("The organization's bookings as an iCalendar feed (RFC 5545, times in UTC).");
        return app;
    }

    public static async Task<Created<BookingDto>> RequestAsync(ClaimsPrincipal user, BookingService bookings, BookingRequestBody request)
    {
        var booking = await bookings.RequestAsync(user, request);
        return TypedResults.Created($"/api/bookings/{booking.SpaceId}/{booking.Id}", booking);
    }

    public static async Task<Ok<IReadOnlyList<BookingDto>>> OrganizationBookingsAsync(ClaimsPrincipal user, BookingService bookings, Guid organizationId) =>
        TypedResults.Ok(await bookings.OrganizationBookingsAsync(user, organizationId));

    public static async Task<Ok<IReadOnlyList<BookingDto>>> PendingAsync(ClaimsPrincipal user, BookingService bookings, Guid? incubatorId) =>
        TypedResults.Ok(await bookings.PendingAsync(user, incubatorId));

    public static async Task<Ok<BookingDto>> GetAsync(ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId) =>
        TypedResults.Ok(await bookings.GetAsync(user, spaceId, bookingId));

    public static async Task<Ok<BookingDto>> DecideAsync(ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId, BookingDecisionRequest request) =>
        TypedResults.Ok(await bookings.DecideAsync(user, spaceId, bookingId, request));

    public static async Task<Ok<BookingDto>> CancelAsync(
        ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId, int index, CancelOccurrenceRequest? request) =>
        TypedResults.Ok(await bookings.CancelAsync(user, spaceId, bookingId, index, request ?? new CancelOccurrenceRequest(false)));

    public static async Task<Ok<BookingDto>> CheckInAsync(ClaimsPrincipal user, BookingService bookings, Guid spaceId, Guid bookingId, int index) =>
        TypedResults.Ok(await bookings.CheckInAsync(user, spaceId, bookingId, index));

    public static async Task<FileContentHttpResult> IcsAsync(ClaimsPrincipal user, BookingService bookings, Guid id)
    {
        var (_, calendar) = await bookings.IcsAsync(user, id);
        return TypedResults.File(Encoding.UTF8.GetBytes(calendar), $"{IcsCalendar.ContentType}; charset=utf-8", $"bookings-{id:N}.ics");
    }
}
