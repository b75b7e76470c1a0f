namespace Incubator.Client.Volunteers;

public static class VolunteersApi
{
    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapFeature("/api/volunteers/me", "Volunteers");
        me.MapGet("/", (ClaimsPrincipal user, VolunteerService volunteers) => volunteers.MineAsync(user))
            .MayFindNothing()
            .WithSummary("The signed-in volunteer's home: profile (ID-card number masked), sign-ups, confirmed hours by year and activity, star level (志愿者星级).");
        me.MapPost("/", (ClaimsPrincipal user, VolunteerService volunteers, VolunteerProfileRequest request) =>
                volunteers.RegisterAsync(user, request).CreatedAt(_ => "/api/volunteers/me"))
            .Idempotent().WithSummary("Register yourself as a volunteer (志愿者) with a Volunteer account: name, mobile number, community; skills and availability optional; an ID-card number is never required and is stored encrypted.");
        me.MapPut("/", (ClaimsPrincipal user, VolunteerService volunteers, VolunteerProfileRequest request) => volunteers.UpdateMineAsync(user, request))
            .WithSummary("Replace your profile; an ID-card number left out keeps the one recorded, an empty one removes it.");
        me.MapPost("/certificates", (ClaimsPrincipal user, VolunteerService volunteers, IssueCertificateRequest request) =>
                volunteers.IssueCertificateAsync(user, request).CreatedAt(created => $"/api/volunteer-certificates/{created.VerificationCode}"))
            .MayFindNothing()
            .WithSummary("Issue a certificate of volunteer service (志愿服务证明) over your confirmed hours of a year (or of all years), with a verification code anyone can check.");

        app.MapGroup("/api/volunteer-certificates").WithTags("Volunteers")
            .MapGet("/{code}", (VolunteerService volunteers, string code) => volunteers.VerifyAsync(code))
            .AllowAnonymous()
            .WithSummary("Check a certificate of volunteer service by its verification code, signed in or not: the name masked, the hours and activities it counts; an altered or unknown code is 404.");

        var activities = app.MapFeature("/api/volunteer-activities", "Volunteers");
        activities.MapGet("/", (ClaimsPrincipal user, VolunteerActivityService service, Guid? districtId) => service.ListAsync(user, districtId))
            .WithSummary("Volunteer activities (志愿活动) of a district that have not ended, soonest first: a volunteer's own district unless he names one; staff name a district of theirs.");
        activities.MapGet("/organized", (ClaimsPrincipal user, VolunteerActivityService service, Guid? organizationId, Guid? stationId, Guid? communityId) =>
                service.OrganizedAsync(user, organizationId, stationId, communityId))
            .WithSummary("The activities of one organizer (an organization, a station or a community), for those who organize for it.");
        activities.MapPost("/", (ClaimsPrincipal user, VolunteerActivityService service, PublishActivityRequest request) =>
                service.PublishAsync(user, request).CreatedAt(created => $"/api/volunteer-activities/{created.Activity.Id}"))
            .Idempotent().WithSummary("Publish an activity for one organizer: title, place, time, roles with headcounts, target group, the station project or engagement it serves.");
        activities.MapGet("/{id:guid}", (ClaimsPrincipal user, VolunteerActivityService service, Guid id) => service.GetAsync(user, id))
            .WithSummary("One activity with places taken and waiting per role, and the signed-in volunteer's own sign-up.");
        activities.MapGet("/{id:guid}/sign-ups", (ClaimsPrincipal user, VolunteerActivityService service, Guid id) => service.SignUpsAsync(user, id))
            .WithSummary("Every sign-up, seated, waiting (in order) and cancelled, with check-in, check-out, hours and corrections; phones masked for readers who do not organize it.");
        activities.MapPost("/{id:guid}/sign-ups", (ClaimsPrincipal user, VolunteerActivityService service, Guid id, SignUpRequest request) =>
                service.SignUpAsync(user, id, request))
            .WithSummary("Sign yourself up for a role until the activity starts: a place while the role has one, otherwise the waitlist, first come first seated.");
        activities.MapPost("/{id:guid}/cancellation", (ClaimsPrincipal user, VolunteerActivityService service, Guid id) => service.CancelAsync(user, id))
            .WithSummary("Cancel your sign-up before the start; your place goes to the first waiting for that role.");
        activities.MapGet("/{id:guid}/check-in-code", (ClaimsPrincipal user, VolunteerActivityService service, HttpRequest http, Guid id) =>
                service.CodeAsync(user, id, $"{http.Scheme}://{http.Host}{http.PathBase}"))
            .WithSummary("The organizer's screen: a six-digit code that changes every 30 seconds (accepted in its window and the next) and a QR image of the check-in address.");
        activities.MapPost("/{id:guid}/check-in", (ClaimsPrincipal user, VolunteerActivityService service, Guid id, CheckInRequest request) =>
                service.CheckInAsync(user, id, request, checkingOut: false))
            .WithSummary("Check in with the current code, from 30 minutes before the start until the end.");
        activities.MapPost("/{id:guid}/check-out", (ClaimsPrincipal user, VolunteerActivityService service, Guid id, CheckInRequest request) =>
                service.CheckInAsync(user, id, request, checkingOut: true))
            .WithSummary("Check out with the current code, until 30 minutes after the end: the hours, capped by the activity's span, are counted.");
        activities.MapPost("/{id:guid}/sign-ups/{signUpId:guid}/correction", (ClaimsPrincipal user, VolunteerActivityService service, Guid id, Guid signUpId, CorrectHoursRequest request) =>
                service.CorrectAsync(user, id, signUpId, request))
            .WithSummary("The organizer sets a volunteer's check-in and check-out with a reason; kept with the sign-up, and after confirmation the only way hours change.");
        activities.MapPost("/{id:guid}/sign-ups/{signUpId:guid}/confirmation", (ClaimsPrincipal user, VolunteerActivityService service, Guid id, Guid signUpId) =>
                service.ConfirmAsync(user, id, signUpId))
            .WithSummary("The organizer confirms a volunteer's hours (志愿服务记录): they count on his record, his certificates and his star level.");
        return app;
    }
}
