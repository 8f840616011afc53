using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Causa.Tests.Shared;

namespace Causa.Host.Tests;

/// <summary>
/// The README's main command, run as the real <c>causa</c> process: <c>quickstart --from ... --serve</c> ingests, loads the
/// sources it finds, answers a first question, then serves the store on the web and prints the address; SIGTERM stops
/// the site gracefully with exit code 0.
/// </summary>
public sealed class CausaExecutableTests
{
    [Fact]
    public async Task Quickstart_with_serve_serves_the_store_until_sigterm_and_exits_0()
    {
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        using var store = new TempFolder();
        // One folder holding a quarter and a label source, as ../shared/data does (links, not copies, of the shared data).
        using var data = new TempFolder();
        Directory.CreateSymbolicLink(Path.Combine(data.Path, "faers"), TestData.PathOf("faers", "nico8270_2025q4_sample1000"));
        Directory.CreateSymbolicLink(Path.Combine(data.Path, "labels"), TestData.PathOf("labels", "sider4.1"));
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "causa.dll"), "--store", store.Path, "quickstart", "--from", data.Path, "--serve", "--urls", url])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["COLUMNS"] = "200";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (error) { error.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // A loaded machine (the whole suite runs beside it) can take many seconds over the first answers.
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            var health = await WaitForHealthAsync(client, process, error);
            var info = await client.GetStringAsync(new Uri("/api/v1/info", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health);
            Assert.Contains("\"cases\"", info, StringComparison.Ordinal);

            using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
            {
                await signal.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var stdout = output.ToString();
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}");
        Assert.Contains("First question:", stdout, StringComparison.Ordinal);
        Assert.Contains("Evidence sources found", stdout, StringComparison.Ordinal);
        Assert.Contains($"Causa is serving {store.Path} at {url}/ (Ctrl+C to stop)", stdout, StringComparison.Ordinal);
    }

    /// <summary>Polls <c>/healthz</c> until the site answers (ingest comes first), or fails when the process ends early.</summary>
    private static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient client, Process process, StringBuilder error)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"quickstart --serve ended (exit {process.ExitCode}) instead of serving: {error}");
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
