namespace Causa.Storage.Files;

/// <summary>
/// One candidate case version in the compact form of a <see cref="CaseRun"/>: its report fields and its drug, event and
/// indication rows as staging ids (see <see cref="StagedCases"/>). A reusable buffer: readers refill one instance per record.
/// </summary>
/// <remarks>
/// Encoding (little-endian, <see cref="BinaryWriter"/>): the four deduplication keys first (case id, <c>fda_dt</c>,
/// primary id, quarter ordinal), then the other report fields, then each row list as a 7-bit encoded count followed by
/// its rows, ids and dates 7-bit encoded. The format lives only inside one ingest (a temporary file written and read by
/// the same process), so it carries no version or checksum. Not thread-safe.
/// </remarks>
internal sealed class StagedRecord
{
    public long CaseId;
    public int FdaDate;
    public long PrimaryId;
    public int Quarter;
    public int CaseVersion;
    public int EventDate;
    public int InitialFdaDate;
    public int OccurrenceCountry;
    public int Country;
    public byte Fields;
    public byte Sex;
    public byte AgeGroup;
    public byte Reporter;
    public byte Outcomes;
    public float AgeYears;

    public int DrugCount;
    public int[] DrugEntries = new int[16];
    public byte[] DrugRoles = new byte[16];

    /// <summary>Therapy start of each drug row (<see cref="Core.Model.PartialDate.Value"/>, 0 when none).</summary>
    public int[] DrugStarts = new int[16];

    public int EventCount;
    public int[] EventTerms = new int[16];

    public int IndicationCount;
    public int[] IndicationEntries = new int[16];
    public int[] IndicationTerms = new int[16];

    /// <summary>
    /// Orders versions as the deduplication rule (<see cref="Core.Ingest.CaseDeduplication"/>) ranks them: ascending case
    /// id, then the kept version first — latest <c>fda_dt</c>, then highest primary id, then latest quarter.
    /// </summary>
    public static int CompareKeys(StagedRecord a, StagedRecord b) => Core.Ingest.CaseVersion.CompareByRule(a.Key, b.Key);

    /// <summary>The deduplication keys of this version.</summary>
    public Core.Ingest.CaseVersion Key => new(CaseId, FdaDate, PrimaryId, Quarter);

    /// <summary>Empties the row lists (the report fields are overwritten by the next fill).</summary>
    public void ClearRows()
    {
        DrugCount = 0;
        EventCount = 0;
        IndicationCount = 0;
    }

    public void AddDrug(int entry, byte role, int start)
    {
        if (DrugCount == DrugEntries.Length)
        {
            Array.Resize(ref DrugEntries, DrugCount * 2);
            Array.Resize(ref DrugRoles, DrugCount * 2);
            Array.Resize(ref DrugStarts, DrugCount * 2);
        }

        DrugEntries[DrugCount] = entry;
        DrugRoles[DrugCount] = role;
        DrugStarts[DrugCount++] = start;
    }

    public void AddEvent(int term)
    {
        if (EventCount == EventTerms.Length)
        {
            Array.Resize(ref EventTerms, EventCount * 2);
        }

        EventTerms[EventCount++] = term;
    }

    public void AddIndication(int entry, int term)
    {
        if (IndicationCount == IndicationEntries.Length)
        {
            Array.Resize(ref IndicationEntries, IndicationCount * 2);
            Array.Resize(ref IndicationTerms, IndicationCount * 2);
        }

        IndicationEntries[IndicationCount] = entry;
        IndicationTerms[IndicationCount++] = term;
    }

    public void WriteTo(BinaryWriter w)
    {
        w.Write(CaseId);
        w.Write(FdaDate);
        w.Write(PrimaryId);
        w.Write(Quarter);
        w.Write(CaseVersion);
        w.Write(EventDate);
        w.Write(InitialFdaDate);
        w.Write7BitEncodedInt(OccurrenceCountry);
        w.Write7BitEncodedInt(Country);
        w.Write(Fields);
        w.Write(Sex);
        w.Write(AgeGroup);
        w.Write(Reporter);
        w.Write(Outcomes);
        w.Write(AgeYears);
        w.Write7BitEncodedInt(DrugCount);
        for (var k = 0; k < DrugCount; k++)
        {
            w.Write7BitEncodedInt(DrugEntries[k]);
            w.Write(DrugRoles[k]);
            w.Write7BitEncodedInt(DrugStarts[k]);
        }

        w.Write7BitEncodedInt(EventCount);
        for (var k = 0; k < EventCount; k++)
        {
            w.Write7BitEncodedInt(EventTerms[k]);
        }

        w.Write7BitEncodedInt(IndicationCount);
        for (var k = 0; k < IndicationCount; k++)
        {
            w.Write7BitEncodedInt(IndicationEntries[k]);
            w.Write7BitEncodedInt(IndicationTerms[k]);
        }
    }

    public void ReadFrom(BinaryReader r)
    {
        CaseId = r.ReadInt64();
        FdaDate = r.ReadInt32();
        PrimaryId = r.ReadInt64();
        Quarter = r.ReadInt32();
        CaseVersion = r.ReadInt32();
        EventDate = r.ReadInt32();
        InitialFdaDate = r.ReadInt32();
        OccurrenceCountry = r.Read7BitEncodedInt();
        Country = r.Read7BitEncodedInt();
        Fields = r.ReadByte();
        Sex = r.ReadByte();
        AgeGroup = r.ReadByte();
        Reporter = r.ReadByte();
        Outcomes = r.ReadByte();
        AgeYears = r.ReadSingle();
        ClearRows();
        var drugs = r.Read7BitEncodedInt();
        for (var k = 0; k < drugs; k++)
        {
            var entry = r.Read7BitEncodedInt();
            var role = r.ReadByte();
            AddDrug(entry, role, r.Read7BitEncodedInt());
        }

        var events = r.Read7BitEncodedInt();
        for (var k = 0; k < events; k++)
        {
            AddEvent(r.Read7BitEncodedInt());
        }

        var indications = r.Read7BitEncodedInt();
        for (var k = 0; k < indications; k++)
        {
            var entry = r.Read7BitEncodedInt();
            AddIndication(entry, r.Read7BitEncodedInt());
        }
    }
}
