using System.Security.Cryptography;
using System.Text;
using Incubator.Bookings;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

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
            .WithSummary("The organization's bookings as an iCalendar feed (RFC 5545), for a signed-in caller; calendar apps use the secret feed address.");

        app.MapFeature("/api/organizations/{id:guid}/calendar-feed", "Bookings").MapCalendarFeed(CalendarFeedKind.Organization,
            "the organization's representative or its incubator's manager");
        app.MapFeature("/api/venues/{id:guid}/calendar-feed", "Bookings").MapCalendarFeed(CalendarFeedKind.Space, "the space's manager");

        // The secret addresses calendar apps subscribe to: no header, the secret in the path (outside /api and its document).
        app.MapMethods("/calendar/organizations/{id:guid}/{secret}.ics", [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context, CalendarFeedService feeds, Guid id, string secret) => FeedAsync(context, feeds, CalendarFeedKind.Organization, id, secret))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/calendar/spaces/{id:guid}/{secret}.ics", [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context, CalendarFeedService feeds, Guid id, string secret) => FeedAsync(context, feeds, CalendarFeedKind.Space, id, secret))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static void MapCalendarFeed(this RouteGroupBuilder feed, CalendarFeedKind kind, string who)
    {
        feed.MapGet("/", (ClaimsPrincipal user, CalendarFeedService feeds, Guid id) => feeds.StatusAsync(user, kind, id))
            .WithSummary($"Whether the calendar feed has a secret address, and since when ({who}).");
        feed.MapPost("/", (ClaimsPrincipal user, HttpRequest request, CalendarFeedService feeds, Guid id) =>
                feeds.RenewAsync(user, kind, id, new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")))
            .WithSummary($"A new secret calendar feed address, shown only in this answer; the previous one stops at once ({who}).");
    }

    /// <summary>
    /// A feed by its secret address: 404 for an unknown or replaced secret; an ETag over the bytes, so a calendar app
    /// polling with If-None-Match gets 304 until a booking changes; HEAD answers the headers alone.
    /// </summary>
    private static async Task<IResult> FeedAsync(HttpContext context, CalendarFeedService feeds, CalendarFeedKind kind, Guid id, string secret)
    {
        if (await feeds.CalendarAsync(kind, id, secret) is not { } calendar)
        {
            return TypedResults.NotFound();
        }

        var body = Encoding.UTF8.GetBytes(calendar);
        var tag = new EntityTagHeaderValue($"\"{WebEncoders.Base64UrlEncode(SHA256.HashData(body))}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { Private = true, NoCache = true };
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(match => match.Equals(EntityTagHeaderValue.Any) || match.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var contentType = $"{IcsCalendar.ContentType}; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            return TypedResults.Empty;
        }

        return TypedResults.Bytes(body, contentType);
    }

    private static async Task<FileContentHttpResult> IcsAsync(ClaimsPrincipal user, BookingService bookings, Guid id)
    {
        var (_, calendar) = await bookings.IcsAsync(user, id);
        return TypedResults.File(Encoding.UTF8.GetBytes(calendar), $"{IcsCalendar.ContentType}; charset=utf-8", $"bookings-{id:N}.ics");
    }
}
