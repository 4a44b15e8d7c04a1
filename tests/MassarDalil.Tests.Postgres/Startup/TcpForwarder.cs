using System.Net;
using System.Net.Sockets;

namespace MassarDalil.Tests.Postgres.Startup;

/// <summary>
/// A port that refuses connections until <see cref="Open"/>, then forwards them to the real server:
/// a database that is down when the site starts and comes back later, without touching the real one.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly DnsEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public TcpForwarder(string targetHost, int targetPort)
    {
        _target = new DnsEndPoint(targetHost, targetPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Open()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _accepting = AcceptAsync(_listener, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener?.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop);
            _ = PipeAsync(client, stop);
        }
    }

    private async Task PipeAsync(TcpClient client, CancellationToken stop)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, stop);
                await using var fromClient = client.GetStream();
                await using var toServer = server.GetStream();
                await Task.WhenAny(fromClient.CopyToAsync(toServer, stop), toServer.CopyToAsync(fromClient, stop));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // one side closed: the other goes with it
            }
        }
    }
}
