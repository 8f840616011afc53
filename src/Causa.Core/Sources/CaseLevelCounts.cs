using System.Globalization;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Turns case-level tables (which drugs and which events each case or report names) into a count table of unique
/// cases: a cell counts the cases naming both, a drug total the cases naming the drug, an event total the cases naming
/// the event, and N every case in the table. Two layouts are read:
/// <list type="bullet">
/// <item>one file of <c>CASEID,DRUG,AE</c> rows (the pvLRT authors' FAERS 2022Q3 primary-suspect pairs);</item>
/// <item>openFDA case-level tables: <c>safetyreportid,drug_name,role</c> and <c>safetyreportid,meddra_pt</c>, with an
/// optional <c>safetyreportid,receivedate,…</c> report list (every report then counts in N, even one without reactions).</item>
/// </list>
/// </summary>
/// <remarks>
/// A case's drugs and events are sets: naming a drug twice, or the same pair on two rows, counts once. Drug names are
/// mapped to ingredients per distinct name; a case whose drug cannot be mapped still counts in N and in its events'
/// totals (it is part of the table's universe), and its rows are noted as unmapped. Memory grows with distinct
/// (case, drug) and (case, event) pairs: the tables Causa accepts as count tables are bounded by
/// <see cref="MaxRows"/>.
/// </remarks>
internal static class CaseLevelCounts
{
    /// <summary>Rows read from all files of one table before the import stops with an error (about 1 GB of memory at most).</summary>
    public const long MaxRows = 20_000_000;

    /// <summary>The openFDA roles counted (1 suspect, 3 interacting), as FAERS' PS, SS and I roles are counted as suspect.</summary>
    private static readonly string[] SuspectRoles = ["1", "3"];

    /// <summary>True when <paramref name="header"/> is the <c>CASEID,DRUG,AE</c> pair layout.</summary>
    public static bool IsPairHeader(string header)
    {
        var f = DelimitedText.Split(header, ',');
        return f.Length == 3 && f[0].Trim().Equals("CASEID", StringComparison.OrdinalIgnoreCase)
            && f[1].Trim().Equals("DRUG", StringComparison.OrdinalIgnoreCase) && f[2].Trim().Equals("AE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The openFDA case-level part <paramref name="header"/> starts: "drugs", "reactions", "reports", or null.</summary>
    public static string? OpenFdaPart(string header)
    {
        var f = DelimitedText.Split(header, ',');
        if (f.Length < 2 || !f[0].Trim().Equals("safetyreportid", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var second = f[1].Trim();
        return second.Equals("drug_name", StringComparison.OrdinalIgnoreCase) && f.Length >= 3 ? "drugs"
            : second.Equals("meddra_pt", StringComparison.OrdinalIgnoreCase) ? "reactions"
            : second.Equals("receivedate", StringComparison.OrdinalIgnoreCase) ? "reports"
            : null;
    }

    /// <summary>Imports a <c>CASEID,DRUG,AE</c> file.</summary>
    public static SourceImportResult ImportPairs(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        var counter = new Counter(mapper);
        using (var reader = DelimitedText.Open(path))
        {
            reader.ReadLine();
            foreach (var (lineNo, _, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
            {
                if (!counter.Row())
                {
                    return counter.TooLarge(path);
                }

                var caseId = f.Length == 3 ? f[0].Trim() : string.Empty;
                if (caseId.Length == 0)
                {
                    counter.Tally.Reject(path, lineNo, f.Length != 3 ? $"expected 3 columns (CASEID,DRUG,AE), got {f.Length}" : "empty CASEID");
                    continue;
                }

                var drug = f[1].Trim();
                var term = f[2].Trim();
                if (term.Length == 0)
                {
                    counter.Tally.Reject(path, lineNo, "empty AE");
                    continue;
                }

                counter.AddCase(caseId);
                counter.AddEvent(caseId, term);
                counter.CountDrugRow(caseId, drug);
            }
        }

        var notes = new[]
        {
            "Unique cases of one FAERS quarter (2022Q3) as the pvLRT authors processed it: the primary-suspect drug only, and only the events of their statin and gadolinium PT lists (about 970 PTs). Every 2x2 is therefore within the cases that report one of those PTs, and an event outside the lists is not in this table at all.",
            "Drug names are the verbatim DRUGNAME, mapped to ingredients by Causa; the authors' reader collapsed runs of '$' before splitting, which can shift fields of rows with empty values.",
        };
        return counter.Result(
            new SourceMeta("pvLRT FAERS 2022Q3 primary-suspect pairs", "FAERS 2022Q3 (one quarter)", EvidenceUnit.Cases,
                "GPL-3 (pvLRT package); underlying FAERS data public domain",
                "pvLRT R package (Chakraborty S, Markatou M et al.), dataset faers22q3raw: FAERS 2022Q3, primary-suspect drug and adverse event per case."),
            [path], notes, importedAt);
    }

    /// <summary>Imports the parts of an openFDA case-level table (drugs and reactions; reports optional).</summary>
    public static SourceImportResult ImportOpenFda(IReadOnlyList<string> drugs, IReadOnlyList<string> reactions, IReadOnlyList<string>? reports, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        if (drugs.Count != 1 || reactions.Count != 1 || reports is { Count: > 1 })
        {
            return SourceImportResult.Fail("openFDA case-level table: give one drugs file (safetyreportid,drug_name,role), one reactions file (safetyreportid,meddra_pt) and at most one reports file (safetyreportid,receivedate,...).");
        }

        var counter = new Counter(mapper);
        var files = new List<string>();
        if (reports is { Count: 1 })
        {
            files.Add(reports[0]);
            foreach (var (lineNo, _, f) in DelimitedText.DataRows(reports[0], ','))
            {
                if (!counter.Row())
                {
                    return counter.TooLarge(reports[0]);
                }

                var id = f[0].Trim();
                if (id.Length == 0)
                {
                    counter.Tally.Reject(reports[0], lineNo, "empty safetyreportid");
                    continue;
                }

                counter.AddCase(id);
                counter.SeeDate(f.Length > 1 ? f[1].Trim() : string.Empty);
                counter.Tally.Accepted++;
            }
        }

        var listed = reports is { Count: 1 };
        files.Add(reactions[0]);
        foreach (var (lineNo, _, f) in DelimitedText.DataRows(reactions[0], ','))
        {
            if (!counter.Row())
            {
                return counter.TooLarge(reactions[0]);
            }

            var id = f[0].Trim();
            if (f.Length < 2 || id.Length == 0 || f[1].Trim().Length == 0)
            {
                counter.Tally.Reject(reactions[0], lineNo, "expected a safetyreportid and a MedDRA PT");
                continue;
            }

            if (listed && !counter.HasCase(id))
            {
                counter.Tally.Reject(reactions[0], lineNo, $"report {id} is not in the reports file");
                continue;
            }

            counter.AddCase(id);
            counter.AddEvent(id, f[1].Trim());
            counter.Tally.Accepted++;
        }

        files.Add(drugs[0]);
        foreach (var (lineNo, _, f) in DelimitedText.DataRows(drugs[0], ','))
        {
            if (!counter.Row())
            {
                return counter.TooLarge(drugs[0]);
            }

            var id = f[0].Trim();
            if (f.Length < 3 || id.Length == 0)
            {
                counter.Tally.Reject(drugs[0], lineNo, "expected a safetyreportid, a drug name and a role");
                continue;
            }

            if (!counter.HasCase(id))
            {
                counter.Tally.Reject(drugs[0], lineNo, listed ? $"report {id} is not in the reports file" : $"report {id} has no reaction");
                continue;
            }

            if (!SuspectRoles.Contains(f[2].Trim(), StringComparer.Ordinal))
            {
                // Concomitant drugs are read and accounted for, not counted: the 2x2 tables count suspect drugs.
                counter.Tally.Skipped++;
                continue;
            }

            counter.CountDrugRow(id, f[1].Trim());
        }

        var notes = new[]
        {
            "Safety reports as openFDA publishes them (not deduplicated: follow-ups of one case may count more than once); suspect and interacting drugs only (role 1 or 3), concomitant drugs are skipped.",
            "This is the openFDA API's first records, not a random sample: a few drugs dominate it, so its 2x2 tables describe that set, not FAERS as a whole.",
        };
        return counter.Result(
            new SourceMeta("openFDA case-level sample", counter.FirstDate is null ? "openFDA reports (receipt dates not given)" : $"openFDA reports received {counter.FirstDate} to {counter.LastDate}", EvidenceUnit.Reports,
                "MIT (repository); openFDA data CC0/public domain",
                "mirune0014/faers-mini-signal (GitHub, MIT): the openFDA drug-event API's first 5,000 reports, exported as case-level tables."),
            files, notes, importedAt);
    }

    private sealed record SourceMeta(string Name, string Period, EvidenceUnit Unit, string Licence, string Citation);

    /// <summary>Collects the distinct (case, drug) and (case, event) pairs of one table and counts them.</summary>
    private sealed class Counter(SourceNameMapper mapper)
    {
        private readonly HashSet<string> _cases = [];
        private readonly Dictionary<string, HashSet<string>> _drugsByCase = [];
        private readonly Dictionary<string, HashSet<string>> _eventsByCase = [];
        private long _rows;

        public ImportTally Tally { get; } = new();

        private long _unmappedRows;

        public bool Row()
        {
            Tally.Read++;
            return ++_rows <= MaxRows;
        }

        public SourceImportResult TooLarge(string path) =>
            SourceImportResult.Fail(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: more than {MaxRows:N0} rows; a case-level table this large belongs in the store (ingest the FAERS quarter instead)."));

        public bool HasCase(string id) => _cases.Contains(id);

        public void AddCase(string id) => _cases.Add(id);

        public void AddEvent(string id, string term)
        {
            if (!_eventsByCase.TryGetValue(id, out var events))
            {
                _eventsByCase[id] = events = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            events.Add(term);
        }

        /// <summary>Counts a row naming <paramref name="name"/> for case <paramref name="id"/>: accepted when the name
        /// maps to one ingredient, else skipped (the case keeps its place in N and its events).</summary>
        public void CountDrugRow(string id, string name)
        {
            // The mapper caches each distinct name's answer (and answers an empty name with null).
            var ingredient = mapper.MapDrug(name, out _);
            if (ingredient is null)
            {
                Tally.Skipped++;
                _unmappedRows++;
                return;
            }

            Tally.Accepted++;

            if (!_drugsByCase.TryGetValue(id, out var set))
            {
                _drugsByCase[id] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(ingredient);
        }

        public string? FirstDate { get; private set; }

        public string? LastDate { get; private set; }

        /// <summary>Widens the period to <paramref name="date"/> (ISO yyyy-mm-dd, compared as text); other text is ignored.</summary>
        public void SeeDate(string date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return;
            }

            FirstDate = FirstDate is null || string.CompareOrdinal(date, FirstDate) < 0 ? date : FirstDate;
            LastDate = LastDate is null || string.CompareOrdinal(date, LastDate) > 0 ? date : LastDate;
        }

        public SourceImportResult Result(SourceMeta meta, IReadOnlyList<string> paths, IReadOnlyList<string> notes, DateTimeOffset importedAt)
        {
            var termTotals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            foreach (var events in _eventsByCase.Values)
            {
                foreach (var term in events)
                {
                    termTotals[term] = termTotals.GetValueOrDefault(term) + 1;
                }
            }

            var drugTotals = new Dictionary<string, long>(StringComparer.Ordinal);
            var cells = new Dictionary<(string Drug, string Term), long>();
            foreach (var (id, caseDrugs) in _drugsByCase)
            {
                var events = _eventsByCase.GetValueOrDefault(id);
                foreach (var drug in caseDrugs)
                {
                    drugTotals[drug] = drugTotals.GetValueOrDefault(drug) + 1;
                    foreach (var term in events ?? [])
                    {
                        cells[(drug, term)] = cells.GetValueOrDefault((drug, term)) + 1;
                    }
                }
            }

            // Term keys keep the first spelling met; cells use the same key so CountTable finds them case-insensitively.
            var pairs = cells.Select(static c => new CountPair(c.Key.Drug, c.Key.Drug, c.Key.Term, c.Value))
                .OrderBy(static p => p.Drug, StringComparer.Ordinal).ThenBy(static p => p.Term, StringComparer.OrdinalIgnoreCase).ToList();
            var drugs = drugTotals.Select(static d => new CountDrug(d.Key, d.Key, d.Value)).OrderBy(static d => d.Drug, StringComparer.Ordinal).ToList();
            var info = new SourceInfo(
                meta.Name,
                EvidenceSourceKind.Counts,
                [.. paths.Select(static p => Path.GetFileName(p))],
                meta.Period,
                meta.Unit,
                meta.Licence,
                meta.Citation,
                Tally.Read,
                Tally.Accepted,
                Tally.Skipped,
                Tally.Rejected,
                Tally.Rejections,
                [.. notes, string.Create(CultureInfo.InvariantCulture, $"{_cases.Count:N0} cases, {drugs.Count:N0} ingredients, {termTotals.Count:N0} events; {_unmappedRows:N0} drug rows did not map to one ingredient (their cases still count in N and in the event totals).")],
                importedAt);
            return SourceImportResult.Ok(new ImportedSource(info, [], [], new CountTable(_cases.Count, complete: true, drugs, termTotals, pairs)));
        }
    }
}
