using System.Globalization;

namespace Causa.Faers.Synthetic;

/// <summary>
/// A ranked list of MedDRA preferred terms with their counts in the real samples (embedded <c>reactions.tsv</c>,
/// <c>indications.tsv</c>); the counts become draw weights, so the synthetic term mix follows the real one.
/// </summary>
internal sealed class TermVocabulary
{
    private TermVocabulary(string[] terms, double[] counts)
    {
        Terms = terms;
        Counts = counts;
        Choice = new WeightedChoice(counts);
    }

    /// <summary>Terms, most frequent first.</summary>
    public string[] Terms { get; }

    /// <summary>Sample counts matching <see cref="Terms"/>.</summary>
    public double[] Counts { get; }

    /// <summary>Draws a term index with probability proportional to its count.</summary>
    public WeightedChoice Choice { get; }

    public static TermVocabulary Reactions { get; } = Load("reactions.tsv");

    public static TermVocabulary Indications { get; } = Load("indications.tsv");

    private static TermVocabulary Load(string name)
    {
        var resource = "Causa.Faers.Synthetic." + name;
        using var stream = typeof(TermVocabulary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var terms = new List<string>();
        var counts = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            counts.Add(double.Parse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture));
            terms.Add(line[(tab + 1)..]);
        }

        return new TermVocabulary([.. terms], [.. counts]);
    }
}
