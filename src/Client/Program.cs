using Incubator.Client;
using Incubator.Client.Components;
using Incubator.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddIncubatorDefaults("client");
builder.AddIncubatorOrleansClient();
builder.AddIncubatorAccounts();
builder.AddIncubatorApi();
builder.AddIncubatorMapping();
builder.AddIncubatorJobDashboard();
builder.AddIncubatorFeatures();
builder.AddIncubatorWebUi();

var app = builder.Build();

app.UseIncubatorPipeline();
app.MapIncubatorFeatures();
app.MapIncubatorDashboards();
app.MapIncubatorWebUi();

await app.SeedAdministratorAsync();
app.Run();

public partial class Program;
