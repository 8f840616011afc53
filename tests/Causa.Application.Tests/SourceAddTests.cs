using Causa.Application.Sources;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>Adding sources as a user would: whole folders, several paths reported one by one, the same source never twice.</summary>
public sealed class SourceAddTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Data(params string[] parts) => Path.GetFullPath(TestData.PathOf(parts));

    private SourceAddResponse Add(params string[] paths)
    {
        Assert.True(new SourceService(_folder.Path, TimeProvider.System).Add(new SourceAddRequest(paths)).TryGetValue(out var response, out var error), error?.Message);
        return response;
    }

    [Fact]
    public void Source_folders_load_with_the_rows_of_their_files_and_a_missing_path_does_not_stop_them()
    {
        var missing = Path.Combine(_folder.Path, "nope");
        var response = Add(Data("indications", "medi"), Data("indications", "pharmacotherapydb"), Data("labels", "onsides_v2.1.0_sample"), missing);

        // Rows counted independently: `zcat MEDI_01212013_UMLS.csv.gz | wc -l` = 68,537 (header + one blank last line);
        // `wc -l indications.tsv` = 1,389 (header); OnSIDES adverse_reactions.csv and boxed_warnings.csv 50 lines each.
        var rows = response.Added.ToDictionary(static s => s.Info.Name, static s => s.Info.RowsRead);
        Assert.Equal(new Dictionary<string, long> { ["OnSIDES v2.1.0"] = 49 + 49, ["MEDI"] = 68_535, ["PharmacotherapyDB"] = 1_388 }, rows);
        Assert.Equal(3, response.SourceCount);
        Assert.True(response.AnyMissing);
        Assert.False(response.AnyFailed);
        Assert.Equal(3, response.Outcomes.Count(static o => o.Status == SourcePathOutcome.Added));
        Assert.Contains(response.Outcomes, o => o.Path == missing && o.Status == SourcePathOutcome.Missing);
    }

    [Fact]
    public void Both_MEDI_files_make_one_MEDI_source()
    {
        var response = Add(Data("indications", "medi", "MEDI_01212013_HPS_0.csv"), Data("indications", "medi", "MEDI_01212013_UMLS.csv.gz"));

        var medi = Assert.Single(response.Added);
        Assert.Equal(["MEDI_01212013_UMLS.csv.gz"], medi.Info.Files);
        Assert.Equal(1, response.SourceCount);
        var duplicate = Assert.Single(response.Outcomes, static o => o.Status == SourcePathOutcome.Duplicate);
        Assert.Equal(Data("indications", "medi", "MEDI_01212013_HPS_0.csv"), duplicate.Path);
    }

    [Fact]
    public void The_same_source_added_again_replaces_it_and_says_so()
    {
        Add(Data("indications", "pharmacotherapydb", "indications.tsv"));
        var again = Add(Data("indications", "pharmacotherapydb"));

        Assert.Equal(1, again.SourceCount);
        var replaced = Assert.Single(again.Outcomes, static o => o.Source is not null);
        Assert.Equal((SourcePathOutcome.Replaced, "PharmacotherapyDB"), (replaced.Status, replaced.Source));
        Assert.Contains("not added twice", replaced.Reason, StringComparison.Ordinal);
        Assert.Single(new SourceService(_folder.Path, TimeProvider.System).List().Value!);
    }

    [Fact]
    public void A_failing_file_does_not_stop_the_others()
    {
        var bad = Path.Combine(_folder.Path, "bad.csv");
        File.WriteAllText(bad, "what,is,this\n1,2,3\n");
        var response = Add(bad, Data("indications", "pharmacotherapydb", "indications.tsv"));

        Assert.Equal("PharmacotherapyDB", Assert.Single(response.Added).Info.Name);
        var failed = Assert.Single(response.Outcomes, static o => o.Status == SourcePathOutcome.Failed);
        Assert.Equal(bad, failed.Path);
        Assert.True(response.AnyFailed);
        Assert.Equal(1, response.SourceCount);
    }
}
