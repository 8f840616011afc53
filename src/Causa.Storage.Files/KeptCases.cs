namespace Causa.Storage.Files;

/// <summary>
/// The kept version of every case, in case-id order, as a <see cref="CaseRun"/>, with what they reference: which staged
/// drug entries, terms and countries, and how many rows of each kind. What <see cref="CanonicalContent"/> is built from.
/// </summary>
/// <remarks>Not thread-safe. Disposing deletes the run.</remarks>
internal sealed class KeptCases : IDisposable
{
    private readonly CaseRun _run;

    public KeptCases(CaseRun run, int entries, int terms, int countries)
    {
        _run = run;
        EntryUsed = new bool[entries];
        TermUsed = new bool[terms];
        CountryUsed = new bool[countries];
        CountryUsed[0] = true;
    }

    /// <summary>Whether a kept case references each staged drug entry (by staging id).</summary>
    public bool[] EntryUsed { get; }

    /// <summary>Whether a kept case references each staged term.</summary>
    public bool[] TermUsed { get; }

    /// <summary>Whether a kept case references each staged country; the empty country (id 0) always counts as used.</summary>
    public bool[] CountryUsed { get; }

    /// <summary>Kept cases.</summary>
    public int Count => checked((int)_run.Count);

    /// <summary>Drug rows of the kept cases, before per-case de-duplication (an upper bound of the stored rows).</summary>
    public long DrugRows { get; private set; }

    /// <summary>Event rows of the kept cases, before per-case de-duplication.</summary>
    public long EventRows { get; private set; }

    /// <summary>Indication rows of the kept cases, before per-case de-duplication.</summary>
    public long IndicationRows { get; private set; }

    /// <summary>Appends a kept version (in case-id order) and marks what it references.</summary>
    public void Add(StagedRecord record)
    {
        CountryUsed[record.Country] = true;
        CountryUsed[record.OccurrenceCountry] = true;
        for (var k = 0; k < record.DrugCount; k++)
        {
            EntryUsed[record.DrugEntries[k]] = true;
        }

        for (var k = 0; k < record.EventCount; k++)
        {
            TermUsed[record.EventTerms[k]] = true;
        }

        for (var k = 0; k < record.IndicationCount; k++)
        {
            EntryUsed[record.IndicationEntries[k]] = true;
            TermUsed[record.IndicationTerms[k]] = true;
        }

        DrugRows += record.DrugCount;
        EventRows += record.EventCount;
        IndicationRows += record.IndicationCount;
        _run.Append(record);
    }

    /// <summary>Ends adding; the cases can then be read back with <see cref="OpenReader"/>.</summary>
    public void Complete() => _run.Complete();

    /// <summary>A reader over the kept cases, in case-id order.</summary>
    public CaseRunReader OpenReader() => _run.OpenReader();

    /// <summary>Deletes the run.</summary>
    public void Dispose() => _run.Dispose();
}
