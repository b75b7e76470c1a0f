using Incubator.Hosting;
using Orleans.Dashboard;

namespace Incubator.Client.Infrastructure;

public static class OrleansClientSetup
{
    /// <summary>The cluster client, by the same Orleans settings and clustering switch as the silo (src/Hosting).</summary>
    public static WebApplicationBuilder AddIncubatorOrleansClient(this WebApplicationBuilder builder)
    {
        builder.UseOrleansClient(client =>
        {
            client.UseIncubatorClustering(builder.Configuration);
            client.AddDashboard();
        });
        return builder;
    }
}
