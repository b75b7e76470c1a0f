using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Components;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using Incubator.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddIncubatorDefaults("client");
builder.AddIncubatorOrleansClient();
builder.AddIncubatorAccounts();
builder.AddIncubatorApi();
builder.AddIncubatorMapping();
builder.AddIncubatorJobDashboard();
builder.AddIncubatorWebUi();

var app = builder.Build();

app.UseIncubatorPipeline();
app.MapAuthApi();
app.MapAccountsApi();
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
app.MapIncubatorDashboards();
app.MapIncubatorWebUi();

await app.SeedAdministratorAsync();
app.Run();

public partial class Program;
