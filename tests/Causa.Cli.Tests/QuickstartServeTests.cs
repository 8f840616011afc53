using System.Net;
using System.Net.Sockets;
using Causa.Tests.Shared;
using Causa.TestSupport;

namespace Causa.Cli.Tests;

/// <summary>
/// The README's main command ends with the site running: <c>quickstart --from ... --serve</c> ingests, loads the sources
/// it finds, answers a first question, then serves the store on the web, prints the address and runs until cancelled
/// (as Ctrl+C or SIGTERM cancel it), ending with exit code 0.
/// </summary>
public sealed class QuickstartServeTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Quickstart_with_serve_ends_serving_the_store_until_cancelled()
    {
        var port = FreeLoopbackPort();
        var url = $"http://127.0.0.1:{port}";
        using var stop = new CancellationTokenSource();

        // One folder holding a quarter and a label source, as ../shared/data does (links, not copies, of the shared data).
        using var data = new TempFolder();
        Directory.CreateSymbolicLink(Path.Combine(data.Path, "faers"), TestData.PathOf("faers", "nico8270_2025q4_sample1000"));
        Directory.CreateSymbolicLink(Path.Combine(data.Path, "labels"), TestData.PathOf("labels", "sider4.1"));

        var run = _cli.RunAsync(stop.Token, "quickstart", "--from", data.Path, "--serve", "--urls", url);

        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        var health = await WaitForHealthAsync(client, run);
        Assert.Equal(HttpStatusCode.OK, health);
        var sources = await client.GetStringAsync(new Uri("/api/v1/info", UriKind.Relative));
        Assert.Contains("\"cases\"", sources, StringComparison.Ordinal);
        Assert.False(run.IsCompleted);

        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, _cli.Error.ToString());
        Assert.Contains("First question:", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Contains("Evidence sources found", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Causa is serving {_cli.StoreDirectory} at {url}/ (Ctrl+C to stop)", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_without_serve_still_ends_after_the_first_answer()
    {
        var exit = await _cli.RunAsync("quickstart", "--from", TestData.PathOf("faers", "nico8270_2025q4_sample1000"));

        Assert.True(exit == 0, _cli.Error.ToString());
        Assert.DoesNotContain("Causa is serving", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Polls <c>/healthz</c> until the site answers (ingest comes first), or fails when the command ends early.</summary>
    private static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient client, Task<int> run)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (run.IsCompleted)
            {
                Assert.Fail($"quickstart --serve ended (exit {await run}) instead of serving.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("The site did not come up within 5 minutes.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
