using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>A store folder shared by the check tests: the FAERS sample quarter ingested and SIDER's labels and
/// DrugCentral's indications added, once per test class (the tests only read it).</summary>
public sealed class CheckStoreFixture : IAsyncLifetime
{
    private readonly CliHarness _setup = new();

    public string StoreDirectory => _setup.StoreDirectory;

    public async Task InitializeAsync()
    {
        var ingest = await _setup.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000"));
        Assert.True(ingest == 0, _setup.Error.ToString());
        var sources = await _setup.RunAsync("source", "add",
            TestData.PathOf("labels", "sider4.1"),
            TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv"));
        Assert.True(sources == 0, _setup.Error.ToString());
    }

    public Task DisposeAsync()
    {
        _setup.Dispose();
        return Task.CompletedTask;
    }
}
