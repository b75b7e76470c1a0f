using Incubator.Client.Accounts;
using Incubator.Client.Api;
using Incubator.Client.Components;
using Incubator.Client.Infrastructure;
using Incubator.Client.Mapping;

var builder = WebApplication.CreateBuilder(args);

builder.AddIncubatorOrleansClient();
builder.AddIncubatorAccounts();
builder.AddIncubatorApi();
builder.AddIncubatorMapping();
builder.AddIncubatorJobDashboard();
builder.AddIncubatorWebUi();

var app = builder.Build();

app.UseIncubatorPipeline();
app.MapHealthEndpoints();
app.MapAuthApi();
app.MapAccountsApi();
app.MapGeographyApi();
app.MapOrganizationsApi();
app.MapSupportPlansApi();
app.MapHubsApi();
app.MapReviewTasksApi();
app.MapIncubationApi();
app.MapFundingApi();
app.MapCohortsApi();
app.MapTrainingApi();
app.MapVenuesApi();
app.MapBookingsApi();
app.MapIncubatorDashboards();
app.MapIncubatorWebUi();

await app.SeedAdministratorAsync();
app.Run();

public partial class Program;
