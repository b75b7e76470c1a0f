using Incubator.Silo;

var builder = WebApplication.CreateBuilder(args);

builder.ApplyIncubatorSchema();
builder.AddIncubatorSilo();
builder.AddIncubatorJobServer();
builder.AddIncubatorHealthChecks();

var app = builder.Build();

app.MapIncubatorHealthChecks();

app.Run();

public partial class Program;
