using Causa.Faers.Synthetic;

namespace Causa.Faers.Tests.Synthetic;

/// <summary>One generated 60,000-report quarter shared (read-only) by the tests of a class, since generating it takes seconds.</summary>
public sealed class GeneratedQuarterFixture
{
    public const int Reports = 60_000;

    public GeneratedQuarterFixture()
    {
        Generator = new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = Reports, Seed = 42 });
        using var buffer = new MemoryStream();
        Summary = Generator.WriteZip(buffer);
        Parsed = new ParsedQuarter(buffer.ToArray());
    }

    internal SyntheticQuarterGenerator Generator { get; }

    internal SyntheticQuarterSummary Summary { get; }

    internal ParsedQuarter Parsed { get; }
}
