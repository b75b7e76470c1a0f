using Incubator.Hosting;

namespace Incubator.Silo;

/// <summary>The silo process. (A named class, not top-level statements, so tests can tell it from the Client's Program.)</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddIncubatorDefaults("silo");
        builder.ApplyIncubatorSchema();
        builder.AddIncubatorSilo();
        builder.AddIncubatorJobServer();

        var app = builder.Build();

        app.UseIncubatorDefaults();

        app.Run();
    }
}
