namespace Causa.Core.Sources;

/// <summary>Collects the frequency figures of one ingredient–term pair while a label source is read.</summary>
internal sealed class LabelAccumulator
{
    public List<double> Drug { get; } = [];

    public List<double> Placebo { get; } = [];

    public SortedSet<string> Descriptions { get; } = new(StringComparer.Ordinal);

    public double? Share { get; set; }

    public int? Labels { get; set; }

    public bool Boxed { get; set; }

    public LabelEntry ToEntry(string ingredient, string term) =>
        new(ingredient, term, Distinct(Drug), Distinct(Placebo), [.. Descriptions], Share, Labels, Boxed);

    private static double[] Distinct(List<double> values) => [.. values.Select(static v => Math.Round(v, 4)).Distinct().Order()];
}
