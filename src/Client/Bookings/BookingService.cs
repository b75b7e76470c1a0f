using Incubator.Bookings;
using Incubator.Client.Venues;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Venues;

namespace Incubator.Client.Bookings;

/// <summary>
/// Bookings as a signed-in user may make and see them; the API and the web UI both go through here. A representative books,
/// cancels and checks in for his own organization; the manager of the organization's incubator does so on its behalf; the
/// manager of the space's incubator (or an administrator) approves, declines, cancels and checks in.
/// </summary>
public sealed class BookingService(IClusterClient cluster, IMapper mapper, VenueService venues, ScopeService scopes, TimeProvider time)
{
    public async Task<BookingDto> RequestAsync(ClaimsPrincipal user, BookingRequestBody body)
    {
        // Rights before the body's own rules: a caller who may not book for the organization learns nothing about his input.
        var bookableChecked = body.OrganizationId is { } named && named != Guid.Empty;
        if (bookableChecked)
        {
            await BookableForAsync(user, body.OrganizationId!.Value);
        }

        var (command, errors) = body.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        SpaceRecord space;
        try
        {
            space = await venues.ReadableAsync(user, body.SpaceId!.Value, "spaceId");
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
        {
            // A space named in the body is bad input; unknown and out of scope read the same, so neither reveals anything.
            throw DomainException.Invalid("spaceId", e.Code, [.. e.Args]);
        }

        if (!bookableChecked)
        {
            await BookableForAsync(user, command.OrganizationId);
        }

        var booking = await cluster.GetGrain<ISpaceGrain>(space.Id).RequestBookingAsync(command, user.Actor());
        return mapper.Map<BookingDto>(booking);
    }

    public async Task<BookingDto> GetAsync(ClaimsPrincipal user, Guid spaceId, Guid bookingId) =>
        mapper.Map<BookingDto>(await ReadableAsync(user, spaceId, bookingId));

    public async Task<BookingDto> DecideAsync(ClaimsPrincipal user, Guid spaceId, Guid bookingId, BookingDecisionRequest request)
    {
        await ReadableAsync(user, spaceId, bookingId);
        await venues.ManageableAsync(user, spaceId, "decidesBookings");
        if (request.Approve is not { } approve)
        {
            throw DomainException.Invalid(FieldError.Required("approve"));
        }

        var decided = await cluster.GetGrain<ISpaceGrain>(spaceId).DecideBookingAsync(bookingId, approve, request.Reason ?? "", user.Actor());
        return mapper.Map<BookingDto>(decided);
    }

    public async Task<BookingDto> CancelAsync(ClaimsPrincipal user, Guid spaceId, Guid bookingId, int occurrenceIndex, CancelOccurrenceRequest request)
    {
        await ChangeableAsync(user, spaceId, bookingId, "cancelsBooking");
        var cancelled = await cluster.GetGrain<ISpaceGrain>(spaceId).CancelAsync(bookingId, occurrenceIndex, request.RestOfSeries ?? false, user.Actor());
        return mapper.Map<BookingDto>(cancelled);
    }

    public async Task<BookingDto> CheckInAsync(ClaimsPrincipal user, Guid spaceId, Guid bookingId, int occurrenceIndex)
    {
        await ChangeableAsync(user, spaceId, bookingId, "checksIn");
        return mapper.Map<BookingDto>(await cluster.GetGrain<ISpaceGrain>(spaceId).CheckInAsync(bookingId, occurrenceIndex, user.Actor()));
    }

    /// <summary>Pending requests at the spaces of the incubators the user manages (optionally one of them), oldest first.</summary>
    public async Task<IReadOnlyList<BookingDto>> PendingAsync(ClaimsPrincipal user, Guid? incubatorId)
    {
        var scope = await scopes.ForAsync(user);
        var managed = scope.Geography.Incubators.Where(i => scope.CanManage(i.Id) && (incubatorId is null || i.Id == incubatorId)).ToArray();
        var spaces = (await Task.WhenAll(managed.Select(i => cluster.Index<SpaceRecord>(i.Id).ListAsync()))).SelectMany(s => s);
        var pending = await Task.WhenAll(spaces.Select(s => cluster.GetGrain<ISpaceGrain>(s.Id).GetPendingBookingsAsync()));
        return mapper.Map<IReadOnlyList<BookingDto>>(pending.SelectMany(p => p).OrderBy(b => b.RequestedAt).ToArray());
    }

    /// <summary>The organization's bookings at every space, earliest first.</summary>
    public async Task<IReadOnlyList<BookingDto>> OrganizationBookingsAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var organization = await scopes.ReadableAsync(user, organizationId);
        var bookings = await cluster.Index<BookingRecord>(organization.Id).ListAsync();
        return mapper.Map<IReadOnlyList<BookingDto>>(bookings);
    }

    public async Task<(string Name, string Calendar)> IcsAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var organization = await scopes.ReadableAsync(user, organizationId);
        var bookings = await OrganizationBookingsAsync(user, organizationId);
        return (organization.Name, IcsCalendar.Write(organization.Name, bookings, time.GetUtcNow()));
    }

    /// <summary>A space's week from Monday <paramref name="day"/> lies in (local dates); others' bookings show only as taken.</summary>
    public async Task<SpaceWeek> WeekAsync(ClaimsPrincipal user, Guid spaceId, DateOnly day)
    {
        var space = await venues.ReadableAsync(user, spaceId);
        var monday = VenueTime.WeekStart(day);
        var from = VenueTime.ToUtc(monday, TimeOnly.MinValue, space.TimeZoneId)!.Value;
        var to = VenueTime.ToUtc(monday.AddDays(7), TimeOnly.MinValue, space.TimeZoneId)!.Value;
        var bookings = await cluster.GetGrain<ISpaceGrain>(spaceId).GetBookingsAsync(from, to);
        var scope = await scopes.ForAsync(user);
        var staff = scope.HomeIncubators is null || (!scope.IsRepresentative && scope.IsHomeIncubator(space.IncubatorId));
        var entries = bookings
            .Where(b => b.Status != BookingStatus.Declined)
            .SelectMany(b => b.Occurrences
                .Where(o => o.Status != OccurrenceStatus.Cancelled && o.Start < to && o.End > from)
                .Select(o =>
                {
                    var visible = staff || scope.IsRepresentativeOf(b.OrganizationId);
                    return new CalendarEntry(
                        b.Id, o.Index, o.Start, o.End, VenueTime.ToLocal(o.Start, space.TimeZoneId), VenueTime.ToLocal(o.End, space.TimeZoneId),
                        b.Status, o.Status, visible ? b.OrganizationId : null, visible ? b.OrganizationName : null, visible ? b.Purpose : null);
                }))
            .OrderBy(e => e.Start)
            .ToArray();
        return new SpaceWeek(space.Id, space.Name, space.TimeZoneId, monday, entries);
    }

    /// <summary>The organizations the user may book for: his own as a representative, those of the incubators he manages otherwise.</summary>
    public async Task<IReadOnlyList<OrganizationSummary>> BookableOrganizationsAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.IsRepresentative)
        {
            var own = scope.OwnOrganizationId is { } id ? await cluster.GetGrain<IOrganizationGrain>(id).GetAsync() : null;
            return own is null ? [] : [new OrganizationSummary(own.Id, own.IncubatorId, own.Name, own.CreditCode, own.FilingNumber, own.Category, own.Stage, own.FiledAt)];
        }

        var managed = scope.Geography.Incubators.Where(i => scope.CanManage(i.Id)).Select(i => i.Id).ToArray();
        if (managed.Length == 0)
        {
            return [];
        }

        var page = await cluster.GetGrain<IOrganizationDirectoryGrain>(0)
            .SearchAsync(new OrganizationQuery(managed, null, OrganizationSort.Name, false, 1, OrganizationQuery.MaxPageSize));
        return page.Items;
    }

    /// <summary>A representative books for his own organization; a manager for one at his incubator. 404 for one the user cannot see.</summary>
    private async Task BookableForAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.IsRepresentative)
        {
            if (!scope.IsRepresentativeOf(organizationId))
            {
                throw DomainException.NoSuch("organizationId", "organization", organizationId);
            }

            return;
        }

        var organization = await scopes.ReadableAsync(user, organizationId, "organizationId");
        UserScope.Require(scope.CanManage(organization.IncubatorId), ErrorCodes.RepresentativeOrManager, ErrorArg.Phrase("action", "booksForIt"));
    }

    /// <summary>The booking when the user may see it: the booking organization's readers and the space's manager; 404 otherwise.</summary>
    private async Task<BookingRecord> ReadableAsync(ClaimsPrincipal user, Guid spaceId, Guid bookingId)
    {
        var space = await venues.ReadableAsync(user, spaceId, "spaceId");
        var booking = await cluster.GetGrain<ISpaceGrain>(spaceId).GetBookingAsync(bookingId);
        var scope = await scopes.ForAsync(user);
        if (scope.CanManage(space.IncubatorId) || await cluster.GetGrain<IOrganizationGrain>(booking.OrganizationId).GetAsync() is { } organization && scope.CanRead(organization))
        {
            return booking;
        }

        throw DomainException.NoSuch("bookingId", "booking", bookingId);
    }

    /// <summary>Cancel and check-in: the organization's representative, its incubator's manager or the space's manager; 403 for other readers.</summary>
    private async Task ChangeableAsync(ClaimsPrincipal user, Guid spaceId, Guid bookingId, string what)
    {
        var booking = await ReadableAsync(user, spaceId, bookingId);
        var scope = await scopes.ForAsync(user);
        if (scope.CanManage(booking.IncubatorId) || scope.IsRepresentativeOf(booking.OrganizationId))
        {
            return;
        }

        var organization = await cluster.GetGrain<IOrganizationGrain>(booking.OrganizationId).GetAsync();
        UserScope.Require(organization is not null && scope.CanManage(organization.IncubatorId),
            ErrorCodes.BookingPartiesOnly,
            ErrorArg.Phrase("action", what));
    }
}
