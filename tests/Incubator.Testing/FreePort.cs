using System.Net;
using System.Net.Sockets;

namespace Incubator.Testing;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on right now; tests and ./run.sh may run side by side.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
