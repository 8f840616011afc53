using System.IO.Compression;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Faers.Reading;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Reading;

public sealed class SourceLocatorTests
{
    [Fact]
    public void The_shared_faers_folder_holds_six_quarters_in_order_and_the_csv_is_skipped()
    {
        var discovery = FaersSourceLocator.Locate(TestData.PathOf("faers"));

        Assert.Equal(
            ["2004Q1", "2012Q4", "2017Q2", "2020Q3", "2022Q4", "2025Q4"],
            discovery.Sources.Select(s => s.Quarter.ToString()));
        Assert.Equal(
            [FaersSourceKind.Zip, FaersSourceKind.Folder, FaersSourceKind.Zip, FaersSourceKind.Folder, FaersSourceKind.Zip, FaersSourceKind.Folder],
            discovery.Sources.Select(s => s.Kind));
        Assert.Equal(FaersLayout.LegacyAers, discovery.Sources[0].Layout);
        Assert.All(discovery.Sources.Skip(1), s => Assert.Equal(FaersLayout.Faers, s.Layout));
        Assert.Empty(discovery.Problems);
    }

    [Fact]
    public void A_zip_source_lists_only_table_entries_and_their_uncompressed_size()
    {
        var path = TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip");

        var source = Assert.Single(FaersSourceLocator.Discover(path));

        // unzip -l: the 7 ASCII/*.txt tables and Deleted/DELETE22Q4.txt; the PDFs are not tables.
        Assert.Equal(8, source.Files.Count);
        Assert.DoesNotContain(source.Files, f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(35989 + 23262 + 28578 + 27119 + 36843 + 8649 + 18315 + 32612, source.TotalBytes);
    }

    [Fact]
    public void An_extracted_FDA_zip_with_ASCII_and_Deleted_subfolders_is_one_folder_source()
    {
        using var temp = new TempFolder();
        var quarterFolder = Path.Combine(temp.Path, "faers_ascii_2022Q4");
        ZipFile.ExtractToDirectory(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"), quarterFolder);

        var source = Assert.Single(FaersSourceLocator.Discover(temp.Path));

        Assert.Equal(FaersSourceKind.Folder, source.Kind);
        Assert.Equal(quarterFolder, source.Path);
        Assert.Equal(8, source.Files.Count);
        var result = new FaersQuarterReader().Read(source);
        Assert.Equal(3624, result.Batch!.DeletedCaseIds.Count);
    }

    [Fact]
    public void A_folder_of_zips_and_quarter_folders_yields_each_quarter()
    {
        using var temp = new TempFolder();
        File.Copy(TestData.PathOf("faers", "faers_ascii_2017q2_sample.zip"), temp.File("faers_ascii_2017q2.zip"));
        var nested = Path.Combine(temp.Path, "downloads", "2025");
        Directory.CreateDirectory(nested);
        foreach (var file in Directory.GetFiles(TestData.PathOf("faers", "nico8270_2025q4_sample1000")))
        {
            File.Copy(file, Path.Combine(nested, Path.GetFileName(file)));
        }

        File.WriteAllText(temp.File("notes.txt"), "not a table");

        var sources = FaersSourceLocator.Discover(temp.Path);

        Assert.Equal([new Quarter(2017, 2), new Quarter(2025, 4)], sources.Select(s => s.Quarter));
        Assert.Equal(nested, sources[1].Path);
    }

    [Theory]
    [InlineData("DEMO20Q3-10000.txt", FaersTable.Demo, 2020, 3)]
    [InlineData("demo12q4.txt", FaersTable.Demo, 2012, 4)]
    [InlineData("DEMO04Q1.TXT", FaersTable.Demo, 2004, 1)]
    [InlineData("DRUG25Q4.txt", FaersTable.Drug, 2025, 4)]
    [InlineData("DELETE22Q4.txt", FaersTable.Delete, 2022, 4)]
    [InlineData("indi17q2.txt", FaersTable.Indi, 2017, 2)]
    public void Table_file_names_give_table_and_quarter(string name, FaersTable table, int year, int number)
    {
        Assert.True(FaersFileNames.TryParseTableFile(name, out var parsedTable, out var quarter));
        Assert.Equal(table, parsedTable);
        Assert.Equal(new Quarter(year, number), quarter);
    }

    [Theory]
    [InlineData("DEMO22Q4.pdf")]
    [InlineData("STAT22Q4.txt")]
    [InlineData("ASC_NTS.txt")]
    [InlineData("DEMO22Q5.txt")]
    [InlineData("DEMO22Q4STAT.txt")]
    public void Other_file_names_are_not_tables(string name)
        => Assert.False(FaersFileNames.TryParseTableFile(name, out _, out _));

    [Theory]
    [InlineData("faers_ascii_2022Q4.zip", 2022, 4)]
    [InlineData("aers_ascii_2004q1.zip", 2004, 1)]
    [InlineData("faers_ascii_2017q2_sample.zip", 2017, 2)]
    public void Zip_names_give_the_quarter(string name, int year, int number)
    {
        Assert.True(FaersFileNames.TryParseQuarterInName(name, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
    }
}
