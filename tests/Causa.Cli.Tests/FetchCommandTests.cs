using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

public sealed class FetchCommandTests : IAsyncLifetime
{
    private readonly LocalHttpServer _server = new();
    private readonly TempFolder _folder = new();
    private readonly HttpClientHandler _handler = new();
    private CliHarness? _cli;

    // xUnit 2 disposes a test class through IAsyncLifetime, not IAsyncDisposable: without it the local server kept
    // running and the store folder stayed behind in the temp folder after every run.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _cli?.Dispose();
        _handler.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Fetch_downloads_into_the_given_folder_and_says_where()
    {
        var sample = File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"));
        _server.Serve("faers_ascii_2022q4.zip", sample);

        var exit = await RunAsync("fetch", "2022q4", "--dir", _folder.Path, "--base-url", _server.BaseUri.ToString());

        Assert.Equal(0, exit);
        var path = Path.Combine(_folder.Path, "faers_ascii_2022q4.zip");
        Assert.Equal(sample, File.ReadAllBytes(path));
        var text = Flat(_cli!.Console.ToString());
        Assert.Contains("2022Q4 downloaded: " + path, text, StringComparison.Ordinal);
        Assert.Contains("1,170,789 bytes", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _cli!.Error.ToString());
    }

    [Fact]
    public async Task Fetch_defaults_to_a_downloads_folder_inside_the_store()
    {
        _server.Serve("faers_ascii_2022q4.zip", File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip")));
        var store = Path.Combine(_folder.Path, "store");

        var exit = await RunAsync("fetch", "2022Q4", "--store", store, "--base-url", _server.BaseUri.ToString());

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(store, "downloads", "faers_ascii_2022q4.zip")));
    }

    [Fact]
    public async Task Fetch_of_an_unpublished_quarter_exits_2_with_the_reason()
    {
        var exit = await RunAsync("fetch", "2031q1", "--dir", _folder.Path, "--base-url", _server.BaseUri.ToString());

        Assert.Equal(2, exit);
        Assert.Contains("causa: FDA has not published 2031Q1 (HTTP 404 at " + _server.BaseUri + "faers_ascii_2031q1.zip)", _cli!.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_continues_after_a_failed_quarter_and_still_exits_2()
    {
        _server.Serve("faers_ascii_2022q4.zip", File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip")));

        var exit = await RunAsync("fetch", "2031q1", "2022q4", "--dir", _folder.Path, "--base-url", _server.BaseUri.ToString());

        Assert.Equal(2, exit);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "faers_ascii_2022q4.zip")));
    }

    [Theory]
    [InlineData("2024q5")]
    [InlineData("yesterday")]
    public async Task Fetch_rejects_a_bad_quarter_with_exit_1(string quarter)
    {
        var exit = await RunAsync("fetch", quarter, "--dir", _folder.Path, "--base-url", _server.BaseUri.ToString());

        Assert.Equal(1, exit);
        Assert.Contains($"'{quarter}' is not a quarter", _cli!.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Fetch_rejects_a_base_url_that_is_not_http()
    {
        var exit = await RunAsync("fetch", "2022q4", "--base-url", "ftp://example.invalid/");

        Assert.Equal(1, exit);
        Assert.Contains("--base-url", _cli!.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_latest_uses_the_clock()
    {
        _server.Serve("faers_ascii_2022q4.zip", File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip")));
        var clock = new FixedClock(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var exit = await RunAsync(clock, "fetch", "latest", "--dir", _folder.Path, "--base-url", _server.BaseUri.ToString());

        Assert.Equal(0, exit);
        Assert.Contains("2022Q4 downloaded", Flat(_cli!.Console.ToString()), StringComparison.Ordinal);
    }

    private static string Flat(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    private Task<int> RunAsync(params string[] args) => RunAsync(TimeProvider.System, args);

    private Task<int> RunAsync(TimeProvider clock, params string[] args)
    {
        _cli?.Dispose();
        _cli = new CliHarness { Clock = clock, Handler = _handler, Width = 4000 };
        return _cli.RunAsync(args);
    }
}
