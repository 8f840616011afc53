using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Causa.TestSupport;

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 (random port) for download tests. It is written on a raw socket
/// rather than HttpListener so a test can cut a response after an exact number of body bytes, ignore Range
/// headers, or answer with scripted status codes. Every response closes its connection.
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> _scriptedStatuses = new();
    private readonly Task _loop;
    private int _cutsLeft;
    private int _disposed;

    /// <summary>Starts listening on a free loopback port.</summary>
    public LocalHttpServer()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/Exports/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Folder URL the files are served under.</summary>
    public Uri BaseUri { get; }

    /// <summary>Requests in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Body bytes sent before a cut response is dropped.</summary>
    public int CutAfterBytes { get; set; }

    /// <summary>When true, Range headers are ignored and the whole file is sent with 200.</summary>
    public bool IgnoreRange { get; set; }

    /// <summary>Serves <paramref name="content"/> at <c>BaseUri + fileName</c>.</summary>
    public void Serve(string fileName, byte[] content) => _files[BaseUri.AbsolutePath + fileName] = content;

    /// <summary>The next <paramref name="count"/> file responses are cut after <see cref="CutAfterBytes"/> body bytes.</summary>
    public void CutNextResponses(int count, int afterBytes)
    {
        CutAfterBytes = afterBytes;
        Interlocked.Exchange(ref _cutsLeft, count);
    }

    /// <summary>The next requests get these statuses (empty body) before normal service resumes.</summary>
    public void ScriptStatuses(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _scriptedStatuses.Enqueue(status);
        }
    }

    /// <summary>Stops listening and waits for the accept loop to end.</summary>
    public async ValueTask DisposeAsync()
    {
        // A test may stop the server early (to play an unreachable host) and its class disposes it again afterwards.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            catch (InvalidOperationException) when (_stop.IsCancellationRequested)
            {
                // Disposed between the loop's check and the accept: the listener is already stopped ("Not listening").
                return;
            }

            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, range) = await ReadRequestAsync(stream);
                Requests.Enqueue(new RecordedRequest(path, range));
                await RespondAsync(client, stream, path, range);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                // The client went away; nothing to answer.
            }
        }
    }

    private static async Task<(string Path, string? Range)> ReadRequestAsync(NetworkStream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < 65536)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                break;
            }

            bytes.Add(one[0]);
            var n = bytes.Count;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString(bytes.ToArray()).Split("\r\n");
        var path = lines[0].Split(' ')[1];
        string? range = null;
        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("Range:", StringComparison.OrdinalIgnoreCase))
            {
                range = line["Range:".Length..].Trim();
            }
        }

        return (path, range);
    }

    private async Task RespondAsync(TcpClient client, NetworkStream stream, string path, string? range)
    {
        if (_scriptedStatuses.TryDequeue(out var scripted))
        {
            await WriteHeadAsync(stream, scripted, "Scripted", 0, null);
            return;
        }

        if (!_files.TryGetValue(path, out var content))
        {
            var body = Encoding.ASCII.GetBytes("<html>Not Found</html>");
            await WriteHeadAsync(stream, 404, "Not Found", body.Length, null);
            await stream.WriteAsync(body);
            return;
        }

        long start = 0;
        var status = 200;
        string? contentRange = null;
        if (range is not null && !IgnoreRange)
        {
            start = long.Parse(range["bytes=".Length..].TrimEnd('-'), CultureInfo.InvariantCulture);
            if (start >= content.Length)
            {
                await WriteHeadAsync(stream, 416, "Range Not Satisfiable", 0, $"bytes */{content.Length}");
                return;
            }

            status = 206;
            contentRange = $"bytes {start}-{content.Length - 1}/{content.Length}";
        }

        var length = content.Length - (int)start;
        await WriteHeadAsync(stream, status, status == 200 ? "OK" : "Partial Content", length, contentRange);
        if (Interlocked.Decrement(ref _cutsLeft) >= 0)
        {
            await stream.WriteAsync(content.AsMemory((int)start, Math.Min(CutAfterBytes, length)));
            await stream.FlushAsync();
            // A graceful close: the client receives exactly the bytes written, then end of stream
            // before the announced Content-Length, as when a connection drops mid-transfer.
            client.Client.Shutdown(SocketShutdown.Both);
            client.Client.Close();
            return;
        }

        await stream.WriteAsync(content.AsMemory((int)start, length));
    }

    private static async Task WriteHeadAsync(NetworkStream stream, int status, string reason, long length, string? contentRange)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n")
            .Append("Content-Type: application/zip\r\n")
            .Append("Accept-Ranges: bytes\r\n")
            .Append("Connection: close\r\n");
        if (contentRange is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Range: {contentRange}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
    }
}
