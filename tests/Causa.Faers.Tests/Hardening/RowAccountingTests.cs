using System.Text;
using Causa.Core.Ingest;
using Causa.Faers.Reading;
using Causa.Faers.Tests.Reading;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Hardening;

/// <summary>
/// No table silently vanishes: line endings of every convention are read, a cut header or a table whose rows are all
/// or mostly rejected is an error, a NUL line costs only itself, and error messages quote bounded excerpts.
/// </summary>
public sealed class RowAccountingTests
{
    private static FaersReadResult Read(string path, FaersReaderOptions? options = null)
        => new FaersQuarterReader(options ?? FaersReaderOptions.Default).Read(Assert.Single(FaersSourceLocator.Discover(path)));

    private static string[] Lines(byte[] table) => Encoding.Latin1.GetString(table).TrimEnd('\r', '\n').Split("\r\n");

    private static byte[] Crlf(IEnumerable<string> lines) => Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static TempFolder Sample() => new TempFolder().CopyFrom(TestData.PathOf("faers", CraftedZip.SampleFolder));

    [Fact]
    public void CR_only_line_endings_give_the_same_rows_as_CRLF_in_a_zip_and_in_a_folder()
    {
        using var temp = new TempFolder();
        var tables = CraftedZip.SampleTables();
        var original = Read(TestData.PathOf("faers", CraftedZip.SampleFolder));
        var crOnly = tables.ToDictionary(p => p.Key, p => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(p.Value).Replace("\r\n", "\r", StringComparison.Ordinal)));
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), new Dictionary<string, byte[]>(tables) { ["REAC25Q4.txt"] = crOnly["REAC25Q4.txt"] });
        var folder = Directory.CreateDirectory(temp.File("cr")).FullName;
        foreach (var (name, bytes) in crOnly)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        var fromZip = Read(zip);
        var fromFolder = Read(folder);

        Assert.True(original.Succeeded);
        Assert.True(fromZip.Succeeded, fromZip.Error?.ToString());
        Assert.True(fromFolder.Succeeded, fromFolder.Error?.ToString());
        Assert.Equal(4275, original.Batch.Reactions.Count);
        Assert.Equal(original.Batch.Reactions, fromZip.Batch.Reactions);
        Assert.Equal(original.Batch.Reactions, fromFolder.Batch.Reactions);
        Assert.Equal(original.Batch.Reports.Select(r => (r.PrimaryId, r.CaseId)), fromFolder.Batch.Reports.Select(r => (r.PrimaryId, r.CaseId)));
        Assert.Equal(original.Batch.Drugs, fromFolder.Batch.Drugs);
        Assert.Equal(original.Batch.DeletedCaseIds, fromFolder.Batch.DeletedCaseIds);
    }

    [Fact]
    public void A_DEMO_file_cut_inside_its_header_is_a_truncated_table_not_an_empty_one()
    {
        using var temp = Sample();
        var demo = File.ReadAllBytes(temp.File("DEMO25Q4.txt"));
        File.WriteAllBytes(temp.File("DEMO25Q4.txt"), demo[..(Array.IndexOf(demo, (byte)'\r') - 20)]);

        var result = Read(temp.Path);

        Assert.Equal(FaersReadErrorKind.TruncatedTable, result.Error!.Kind);
        Assert.Equal(temp.File("DEMO25Q4.txt"), result.Error.File);
        Assert.Contains("ends inside its header line", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_whose_columns_reject_every_row_is_an_error_even_within_the_column_limit()
    {
        using var temp = Sample();
        var reac = Lines(File.ReadAllBytes(temp.File("REAC25Q4.txt")));
        reac[0] += string.Concat(Enumerable.Repeat("$x", 10_000 - 4));
        File.WriteAllBytes(temp.File("REAC25Q4.txt"), Crlf(reac));

        var result = Read(temp.Path, new FaersReaderOptions { MaxColumns = 20_000 });

        Assert.Equal(FaersReadErrorKind.TooManyRejectedRows, result.Error!.Kind);
        Assert.Equal(temp.File("REAC25Q4.txt"), result.Error.File);
        Assert.StartsWith("4,275 of 4,275 rows rejected (all of them; most often 'wrong field count'", result.Error.Message, StringComparison.Ordinal);
        Assert.True(result.Error.Message.Length < 600, $"{result.Error.Message.Length} characters");
    }

    [Fact]
    public void A_table_with_no_accepted_row_fails_unless_the_caller_accepts_it()
    {
        using var temp = Sample();
        var reac = Lines(File.ReadAllBytes(temp.File("REAC25Q4.txt")));
        var emptied = reac.Select((line, i) => i == 0 ? line : string.Join('$', line.Split('$') is var f ? [f[0], f[1], "", .. f[3..]] : f));
        File.WriteAllBytes(temp.File("REAC25Q4.txt"), Crlf(emptied));

        var refused = Read(temp.Path);
        var accepted = Read(temp.Path, new FaersReaderOptions { AcceptMostlyRejectedTables = true });

        Assert.Equal(FaersReadErrorKind.TooManyRejectedRows, refused.Error!.Kind);
        Assert.Contains("'missing value', 4,275 times", refused.Error.Message, StringComparison.Ordinal);
        Assert.True(accepted.Succeeded, accepted.Error?.ToString());
        Assert.Empty(accepted.Batch.Reactions);
        Assert.Contains(accepted.Batch.Reconciliation.Single(r => r.Table == FaersTable.Reac).Warnings,
            w => w.StartsWith("4,275 of 4,275 rows rejected", StringComparison.Ordinal) && w.Contains("accepted as asked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(60, false)]
    [InlineData(50, true)]
    [InlineData(40, true)]
    public void More_than_half_of_a_tables_rows_rejected_is_an_error(int percentRejected, bool succeeds)
    {
        using var temp = Sample();
        var reac = Lines(File.ReadAllBytes(temp.File("REAC25Q4.txt")));
        var rows = reac.Length - 1;
        var toReject = rows * percentRejected / 100;
        var damaged = reac.Select((line, i) => i >= 1 && i <= toReject ? "X" + line : line);
        File.WriteAllBytes(temp.File("REAC25Q4.txt"), Crlf(damaged));

        var result = Read(temp.Path);

        Assert.Equal(succeeds, result.Succeeded);
        if (succeeds)
        {
            Assert.Equal(rows - toReject, result.Batch!.Reactions.Count);
        }
        else
        {
            Assert.Equal(FaersReadErrorKind.TooManyRejectedRows, result.Error!.Kind);
            Assert.Contains("more than 50%", result.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_line_of_NUL_bytes_is_rejected_on_its_own_and_its_neighbours_are_kept()
    {
        using var temp = Sample();
        var reac = Lines(File.ReadAllBytes(temp.File("REAC25Q4.txt"))).ToList();
        reac.Insert(5, new string('\0', 300));
        File.WriteAllBytes(temp.File("REAC25Q4.txt"), Crlf(reac));
        var original = Read(TestData.PathOf("faers", CraftedZip.SampleFolder));

        var result = Read(temp.Path);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(original.Batch!.Reactions, result.Batch.Reactions);
        var account = result.Batch.Reconciliation.Single(r => r.Table == FaersTable.Reac);
        var rejection = Assert.Single(account.Rejections);
        Assert.Equal(6, rejection.Line);
        Assert.Equal("binary data: the line holds NUL bytes", rejection.Reason);
        Assert.Equal(0, result.Lines.Single(l => l.Table == FaersTable.Reac).ContinuationLines);
    }

    [Fact]
    public void Error_messages_quote_at_most_a_bounded_excerpt_of_the_input()
    {
        using var temp = Sample();
        var reac = Lines(File.ReadAllBytes(temp.File("REAC25Q4.txt")));
        reac[0] = reac[0].Replace("$pt$", "$preferred_term$", StringComparison.Ordinal) + string.Concat(Enumerable.Range(0, 50).Select(i => "$" + new string((char)('a' + (i % 26)), 500)));
        File.WriteAllBytes(temp.File("REAC25Q4.txt"), Crlf(reac));

        var result = Read(temp.Path);

        Assert.Equal(FaersReadErrorKind.MissingColumn, result.Error!.Kind);
        Assert.Contains("primaryid, caseid, preferred_term", result.Error.Message, StringComparison.Ordinal);
        Assert.True(result.Error.Message.Length <= FieldText.MaxExcerptLength + 100, $"{result.Error.Message.Length} characters");
    }
}
