using Incubator.Client.Audit;
using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Communities;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Ledger;
using Incubator.Client.Needs;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.Privacy;
using Incubator.Client.SocialWorkers;
using Incubator.Client.Services;
using Incubator.Client.SupportPlans;
using Incubator.Client.Timeline;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using Incubator.Client.Volunteers;

namespace Incubator.Client;

/// <summary>The features of the Client, in one list: their services for the API and the pages, and their endpoints.</summary>
public static class Features
{
    public static WebApplicationBuilder AddIncubatorFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<Infrastructure.AreaClock>();
        services.AddScoped<ScopeService>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<PipelineService>();
        services.AddScoped<TimelineRenderer>();
        services.AddScoped<GraduationService>();
        services.AddScoped<PartyService>();
        services.AddScoped<HandOffService>();
        services.AddScoped<InboxService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<NavCounts>();
        services.AddScoped<FundingService>();
        services.AddScoped<LedgerService>();
        services.AddScoped<SupportPlanService>();
        services.AddScoped<HubService>();
        services.AddScoped<CohortService>();
        services.AddScoped<TrainingService>();
        services.AddScoped<VenueService>();
        services.AddScoped<BookingService>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<OrganizationExport>();
        services.AddScoped<SocialWorkerService>();
        services.AddScoped<ResourceService>();
        services.AddScoped<CommunityService>();
        services.AddScoped<StationService>();
        services.AddScoped<NeedsService>();
        services.AddScoped<ServicesService>();
        services.AddScoped<VolunteerService>();
        services.AddScoped<VolunteerActivityService>();
        services.AddSingleton<IdCardNumbers>();
        services.AddOptions<VolunteerOptions>().BindConfiguration(VolunteerOptions.Section)
            .Validate(o => o.IsValid(), "Volunteers:StarThresholds must be positive and ascending")
            .ValidateOnStart();
        return builder;
    }

    public static WebApplication MapIncubatorFeatures(this WebApplication web)
    {
        // Every endpoint's input keeps the common bounds (dates, control characters, sizes) before its handler runs.
        var app = web.MapGroup("").AddEndpointFilterFactory(InputBoundsFilter.Create);
        app.MapAuthApi();
        app.MapAccountsApi();
        app.MapAuditApi();
        app.MapPrivacyApi();
        app.MapGeographyApi();
        app.MapOrganizationsApi();
        app.MapSupportPlansApi();
        app.MapHubsApi();
        app.MapGraduationApi();
        app.MapPartyApi();
        app.MapHandOffsApi();
        app.MapInboxApi();
        app.MapFundingApi();
        app.MapLedgerApi();
        app.MapCohortsApi();
        app.MapTrainingApi();
        app.MapVenuesApi();
        app.MapBookingsApi();
        app.MapSocialWorkersApi();
        app.MapCommunitiesApi();
        app.MapNeedsApi();
        app.MapServicesApi();
        app.MapVolunteersApi();
        return web;
    }
}
