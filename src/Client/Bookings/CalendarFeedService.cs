using System.Security.Cryptography;
using System.Text;
using Incubator.Bookings;
using Incubator.Client.Audit;
using Incubator.Client.Venues;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Venues;
using Microsoft.AspNetCore.WebUtilities;

namespace Incubator.Client.Bookings;

/// <summary>
/// Secret calendar feed addresses: an organization's bookings for its representative and its incubator's manager, a
/// space's bookings for the space's manager. The address carries a random secret, shown once when it is made; only its
/// SHA-256 is kept (<see cref="ICalendarFeedGrain"/>), so a new address ends the old one at once and a leaked database
/// gives no feed away.
/// </summary>
public sealed class CalendarFeedService(IClusterClient cluster, IMapper mapper, VenueService venues, ScopeService scopes, AuditLog audit, TimeProvider time)
{
    private const int SecretBytes = 32;

    /// <summary>Longer than any secret we hand out: such a request is refused before it is hashed.</summary>
    private const int MaxSecretLength = 64;

    public async Task<CalendarFeedStatus> StatusAsync(ClaimsPrincipal user, CalendarFeedKind kind, Guid id)
    {
        await AllowedAsync(user, kind, id);
        return new CalendarFeedStatus(await Feed(kind, id).GetActiveSinceAsync());
    }

    /// <summary>A new secret address in place of the old one (which stops at once); audited.</summary>
    public async Task<CalendarFeedAddress> RenewAsync(ClaimsPrincipal user, CalendarFeedKind kind, Guid id, Uri baseAddress)
    {
        await AllowedAsync(user, kind, id);
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes));
        var since = await Feed(kind, id).ReplaceSecretAsync(Hash(secret), time.GetUtcNow());
        await audit.RecordAsync(AuditActions.CalendarFeedRenewed, ICalendarFeedGrain.KeyOf(kind, id), actor: user);
        var url = new Uri(baseAddress, PathOf(kind, id, secret));
        return new CalendarFeedAddress(url.AbsoluteUri, new UriBuilder(url) { Scheme = "webcal", Port = url.IsDefaultPort ? -1 : url.Port }.Uri.AbsoluteUri, since);
    }

    /// <summary>The feed behind a secret address, or null when the address is not (or no longer) valid.</summary>
    public async Task<string?> CalendarAsync(CalendarFeedKind kind, Guid id, string secret)
    {
        if (secret.Length > MaxSecretLength || !await Feed(kind, id).AcceptsAsync(Hash(secret)))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (kind == CalendarFeedKind.Organization)
        {
            if (await cluster.GetGrain<IOrganizationGrain>(id).GetAsync() is not { } organization)
            {
                return null;
            }

            var bookings = mapper.Map<IReadOnlyList<BookingDto>>(await cluster.Index<BookingRecord>(id).ListAsync());
            var zone = (await cluster.GeographyAsync()).TimeZoneOfIncubator(organization.IncubatorId);
            return IcsCalendar.Write(organization.Name, zone, bookings, now);
        }

        if (await cluster.GetGrain<ISpaceGrain>(id).GetAsync() is not { } space)
        {
            return null;
        }

        // A space's whole history would grow without end: the feed shows a year back and everything ahead.
        var spaceBookings = await cluster.GetGrain<ISpaceGrain>(id).GetBookingsAsync(now.AddYears(-1), DateTimeOffset.MaxValue);
        return IcsCalendar.Write(space.Name, space.TimeZoneId, mapper.Map<IReadOnlyList<BookingDto>>(spaceBookings), now, namesOrganization: true);
    }

    public static string PathOf(CalendarFeedKind kind, Guid id, string secret) =>
        $"calendar/{(kind == CalendarFeedKind.Organization ? "organizations" : "spaces")}/{id:N}/{secret}.ics";

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private ICalendarFeedGrain Feed(CalendarFeedKind kind, Guid id) => cluster.GetGrain<ICalendarFeedGrain>(ICalendarFeedGrain.KeyOf(kind, id));

    /// <summary>An organization's feed: its representative or its incubator's manager; a space's: the space's manager. 404 outside one's scope, 403 inside it.</summary>
    private async Task AllowedAsync(ClaimsPrincipal user, CalendarFeedKind kind, Guid id)
    {
        if (kind == CalendarFeedKind.Organization)
        {
            await scopes.ActableForAsync(user, id, "managesCalendarFeed");
        }
        else
        {
            await venues.ManageableAsync(user, id, "managesCalendarFeed");
        }
    }
}

/// <summary>Whether a feed address exists, and since when it is valid (null: none made yet).</summary>
public sealed record class CalendarFeedStatus(DateTimeOffset? ActiveSince);

/// <summary>A new feed address: <c>url</c> for copying, <c>webcalUrl</c> for calendar apps; shown only in this answer.</summary>
public sealed record class CalendarFeedAddress(string Url, string WebcalUrl, DateTimeOffset ActiveSince);
