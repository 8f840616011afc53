using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Text;
using Causa.Tests.Shared;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// The share of DrugCentral indication rows whose condition maps to a preferred term, with and without the curated
/// condition table, using the terms 'causa source add' knows when SIDER and the TAKMU table are added with it.
/// </summary>
public sealed class ConditionMappingRateTests(ITestOutputHelper output)
{
    private static (int Rows, int Unmapped) CountUnmapped(bool conditionTable)
    {
        var known = new EvidenceSources([RealSources.Sider, RealSources.Takmu]).Terms();
        var mapper = new SourceNameMapper(null, new TermResolver(null, known), conditionTable);
        int rows = 0, unmapped = 0;
        foreach (var line in File.ReadLines(TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv")).Skip(1))
        {
            var f = DelimitedText.Split(line, '\t');
            if (f.Length < 3)
            {
                continue;
            }

            rows++;
            if (mapper.MapTerm(IndicationImporter.CleanCondition(f[2]), out _) is null)
            {
                unmapped++;
            }
        }

        return (rows, unmapped);
    }

    [Fact]
    public void Curated_table_cuts_unmapped_DrugCentral_rows_by_at_least_a_third()
    {
        var before = CountUnmapped(conditionTable: false);
        var after = CountUnmapped(conditionTable: true);
        output.WriteLine($"DrugCentral rows {before.Rows}; unmapped without table {before.Unmapped}, with table {after.Unmapped}");

        // Same rows either way; the file has 12,175 data rows (wc -l minus the header).
        Assert.Equal(12_175, before.Rows);
        Assert.Equal(before.Rows, after.Rows);
        Assert.True(after.Unmapped <= before.Unmapped * 2 / 3, $"unmapped {before.Unmapped} → {after.Unmapped}");
    }
}
