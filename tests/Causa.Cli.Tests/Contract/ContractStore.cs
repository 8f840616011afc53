using Causa.Tests.Shared;

namespace Causa.Cli.Tests.Contract;

/// <summary>
/// One store shared by the contract pins: three real FAERS samples ingested, three evidence sources added and a signal
/// scan saved, so every query command has something to answer. The pins only read it.
/// </summary>
public sealed class ContractStore : IAsyncLifetime, IDisposable
{
    private readonly CliHarness _cli = new();

    /// <summary>The store folder.</summary>
    public string Directory => _cli.StoreDirectory;

    /// <summary>Standard output of <c>ingest --json</c>.</summary>
    public string IngestJson { get; private set; } = string.Empty;

    /// <summary>Exit code of <c>ingest --json</c>.</summary>
    public int IngestExit { get; private set; }

    /// <summary>Console of <c>vocab import</c>.</summary>
    public string VocabImportText { get; private set; } = string.Empty;

    /// <summary>Console of <c>source add</c>.</summary>
    public string SourceAddText { get; private set; } = string.Empty;

    /// <summary>Console of <c>signals --limit 5</c> (the scan is computed and saved here).</summary>
    public string SignalsText { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        IngestExit = await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000"), TestData.PathOf("faers", "ubesp_2020q3_first10k"), TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"), "--json");
        Assert.True(IngestExit == 0, _cli.Error.ToString());
        IngestJson = _cli.Output.ToString();
        var dc = TestData.PathOf("drugnames", "drugcentral_2016");
        var exit = await _cli.RunAsync("vocab", "import", Path.Combine(dc, "pharm_class.tsv"), Path.Combine(dc, "identifiers.tsv"));
        Assert.True(exit == 0, _cli.Error.ToString());
        VocabImportText = _cli.Console.ToString();
        exit = await _cli.RunAsync("source", "add",
            TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv"),
            TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv"),
            TestData.PathOf("faers_more", "mddc_faers_contingency", "sedative1000.csv"));
        Assert.True(exit == 0, _cli.Error.ToString());
        SourceAddText = _cli.Console.ToString();
        exit = await _cli.RunAsync("signals", "--limit", "5");
        Assert.True(exit == 0, _cli.Error.ToString());
        SignalsText = _cli.Console.ToString();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _cli.Dispose();
}
