using System.Globalization;
using System.IO.Compression;
using Causa.Core.Files;
using Causa.Core.Ingest;

namespace Causa.Faers.Synthetic;

/// <summary>
/// Writes a format-faithful synthetic FAERS quarter (<c>faers_ascii_2031q1.zip</c>: <c>ASCII/DEMO31Q1.txt</c>, DRUG, REAC,
/// OUTC, RPSR, THER, INDI and <c>Deleted/DELETE31Q1.txt</c>) with fictional drugs, real MedDRA preferred terms,
/// planted drug–event associations of known relative risk, follow-up versions, deletions and the row-level quirks of
/// real files; distributions are calibrated on real samples (<see cref="SyntheticCalibration"/>).
/// </summary>
/// <remarks>
/// Output is a pure function of <see cref="SyntheticQuarterOptions"/>. Tables are written one after the other, streaming:
/// each case is regenerated from its own random stream for every table, so memory stays flat at any size.
/// Instances are immutable after construction and may write several times, but are not meant for concurrent writes.
/// </remarks>
public sealed class SyntheticQuarterGenerator
{
    /// <summary>Relative risks given to planted pairs, in turn.</summary>
    public static readonly IReadOnlyList<double> PlantedRelativeRisks = [3, 5, 8, 12];

    /// <summary>The current FAERS headers, copied from the 2025Q4 files.</summary>
    internal static readonly IReadOnlyDictionary<FaersTable, string> Headers = new Dictionary<FaersTable, string>
    {
        [FaersTable.Demo] = "primaryid$caseid$caseversion$i_f_code$event_dt$mfr_dt$init_fda_dt$fda_dt$rept_cod$auth_num$mfr_num$mfr_sndr$lit_ref$age$age_cod$age_grp$sex$e_sub$wt$wt_cod$rept_dt$to_mfr$occp_cod$reporter_country$occr_country",
        [FaersTable.Drug] = "primaryid$caseid$drug_seq$role_cod$drugname$prod_ai$val_vbm$route$dose_vbm$cum_dose_chr$cum_dose_unit$dechal$rechal$lot_num$exp_dt$nda_num$dose_amt$dose_unit$dose_form$dose_freq",
        [FaersTable.Reac] = "primaryid$caseid$pt$drug_rec_act",
        [FaersTable.Outc] = "primaryid$caseid$outc_cod",
        [FaersTable.Rpsr] = "primaryid$caseid$rpsr_cod",
        [FaersTable.Ther] = "primaryid$caseid$dsg_drug_seq$start_dt$end_dt$dur$dur_cod",
        [FaersTable.Indi] = "primaryid$caseid$indi_drug_seq$indi_pt",
    };

    private static readonly FaersTable[] TextTables = [FaersTable.Demo, FaersTable.Drug, FaersTable.Reac, FaersTable.Outc, FaersTable.Rpsr, FaersTable.Ther, FaersTable.Indi];

    private readonly FictionalCatalog _catalog;
    private readonly TermVocabulary _reactions = TermVocabulary.Reactions;
    private readonly TermVocabulary _indications = TermVocabulary.Indications;
    private readonly CaseSynthesizer _synthesizer;
    private readonly List<PlantedPair> _pairs = [];
    private readonly List<(int Product, int Event)> _pairIndices = [];

    /// <summary>Prepares a generator: builds the fictional products and chooses the planted and null pairs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its documented range, or the quarter is a legacy AERS quarter.</exception>
    public SyntheticQuarterGenerator(SyntheticQuarterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Reports, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Reports, SyntheticQuarterOptions.MaxReports, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PlantedPairs, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PlantedPairs, 60, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NullPairs, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.NullPairs, 60, nameof(options));
        if (options.Quarter.IsLegacyAers)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Quarter, "Synthetic quarters use the FAERS layout (2012Q4 on).");
        }

        var products = options.Products ?? Math.Clamp(options.Reports / 250, 150, 2500);
        ArgumentOutOfRangeException.ThrowIfLessThan(products, 150, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(products, 20_000, nameof(options));

        Options = options;
        _catalog = FictionalCatalog.Create(options.Seed, products, _indications);
        var drugCount = CountDistribution.Tilted(SyntheticCalibration.DrugsPerReport, SyntheticCalibration.FullQuarterDrugsPerReport);
        var reactionCount = CountDistribution.Tilted(SyntheticCalibration.ReactionsPerReport, SyntheticCalibration.FullQuarterReactionsPerReport);
        var planted = PlantPairs(reactionCount);
        var profiled = _pairs.FirstOrDefault(static p => p.Kind == PlantedPairKind.Planted && p.RelativeRisk == ProfilePattern.RelativeRisk);
        ProfiledPair = profiled;
        _synthesizer = new CaseSynthesizer(options.Seed, options.Quirks, options.Quarter, _catalog, _reactions, planted, drugCount, reactionCount,
            profiled is null ? null : _pairIndices[_pairs.IndexOf(profiled)]);
    }

    /// <summary>The options this generator writes.</summary>
    public SyntheticQuarterOptions Options { get; }

    /// <summary>The planted pair whose cases carry <see cref="ProfilePattern"/> (the first with relative risk 12); null when
    /// fewer than four pairs are planted.</summary>
    public PlantedPair? ProfiledPair { get; }

    /// <summary>Ground truth: planted pairs first, then null pairs.</summary>
    public IReadOnlyList<PlantedPair> Pairs => _pairs;

    /// <summary>FDA's file name for the quarter, e.g. <c>faers_ascii_2031q1.zip</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"faers_ascii_{Options.Quarter.Year}q{Options.Quarter.Number}.zip");

    /// <summary>The truth file beside a zip: <c>OUT.zip</c> → <c>OUT.truth.csv</c>.</summary>
    public static string TruthPathFor(string zipPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        return (zipPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? zipPath[..^4] : zipPath) + ".truth.csv";
    }

    /// <summary>
    /// Writes the zip to <paramref name="zipPath"/> and the truth CSV to <see cref="TruthPathFor"/>, each through
    /// <see cref="AtomicFile"/> (a temporary file renamed into place).
    /// </summary>
    /// <returns>What was written.</returns>
    public SyntheticQuarterSummary WriteFiles(string zipPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        var full = Path.GetFullPath(zipPath);
        SyntheticQuarterSummary? summary = null;
        AtomicFile.Write(full, stream => summary = WriteZip(stream, cancellationToken));

        AtomicFile.Write(TruthPathFor(full), stream =>
        {
            using var truth = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            WriteTruth(truth, summary!);
        });
        return summary!;
    }

    /// <summary>
    /// Writes the truth CSV: header <c>drug,event,relative_risk,kind,background_rate,reports</c>, one row per pair
    /// (planted first), kind <c>planted</c> or <c>null</c>; <c>reports</c> is <see cref="SyntheticQuarterSummary.PairReports"/>.
    /// Values with commas or quotes are quoted as in RFC 4180.
    /// </summary>
    /// <param name="writer">Destination (flushed, not closed).</param>
    /// <param name="summary">The summary <see cref="WriteZip"/> returned for this generator.</param>
    public void WriteTruth(TextWriter writer, SyntheticQuarterSummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.Write("drug,event,relative_risk,kind,background_rate,reports\n");
        for (var i = 0; i < _pairs.Count; i++)
        {
            var pair = _pairs[i];
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{Csv(pair.Drug)},{Csv(pair.Event)},{pair.RelativeRisk:0.###},{(pair.Kind == PlantedPairKind.Planted ? "planted" : "null")},{pair.BackgroundRate:0.######},{summary.PairReports[i]}\n"));
        }

        writer.Flush();
    }

    /// <summary>Writes the quarter zip to <paramref name="output"/> (left open).</summary>
    /// <returns>Row counts and sizes of what was written.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled; the stream holds a partial zip.</exception>
    public SyntheticQuarterSummary WriteZip(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var quarter = Options.Quarter;
        var suffix = string.Create(CultureInfo.InvariantCulture, $"{quarter.Year % 100:00}Q{quarter.Number}");
        var rows = new Dictionary<FaersTable, long>();
        var deleted = new List<long>();
        var pairReports = new long[_pairs.Count];
        long bytes = 0;
        var cases = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.Comment = string.Create(CultureInfo.InvariantCulture, $"Causa synthetic FAERS quarter {quarter}: fictional drugs, seed {Options.Seed}, {Options.Reports} reports. Not real data.");
            var draft = new CaseDraft();

            // A fixed timestamp (a month after the quarter ends, as FDA publishes) keeps the zip's bytes a function of the options.
            var published = new DateTimeOffset(quarter.Year, ((quarter.Number - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(4);
            foreach (var table in TextTables)
            {
                var entry = zip.CreateEntry($"ASCII/{table.ToString().ToUpperInvariant()}{suffix}.txt", Options.Compression);
                entry.LastWriteTime = published;
                using var writer = new QuarterTableWriter(
                    entry.Open(),
                    Headers[table],
                    Options.Quirks && table == FaersTable.Demo ? "\r\n" : "\n",
                    truncateLastRow: Options.Quirks && table == FaersTable.Demo);
                long written = 0;
                var caseIndex = 0;
                while (written < Options.Reports)
                {
                    if ((caseIndex & 4095) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    _synthesizer.Fill(caseIndex, draft);
                    var versions = (int)Math.Min(draft.Versions, Options.Reports - written);
                    for (var v = 0; v < versions; v++)
                    {
                        WriteRows(table, writer, draft, v);
                    }

                    if (table == FaersTable.Demo && draft.Deleted)
                    {
                        deleted.Add(draft.CaseId);
                    }

                    if (table == FaersTable.Reac)
                    {
                        CountPairs(draft, versions, pairReports);
                    }

                    written += versions;
                    caseIndex++;
                }

                writer.Complete();
                rows[table] = writer.Rows;
                bytes += writer.Bytes;
                cases = caseIndex;
            }

            var generatedDeleted = deleted.Count;
            var random = SplitMixRandom.For(Options.Seed, 4, 0);
            var outside = Math.Max(1, cases / 125);
            for (var i = 0; i < outside; i++)
            {
                // Most ids on a real DELETE list belong to cases from earlier quarters: ids no report here uses.
                deleted.Add(5_000_000 + ((long)i * 5) + random.Next(5));
            }

            deleted.Sort();
            var deleteEntry = zip.CreateEntry($"Deleted/DELETE{suffix}.txt", Options.Compression);
            deleteEntry.LastWriteTime = published;
            using (var stream = new CountingStream(deleteEntry.Open()))
            using (var writer = new StreamWriter(stream, System.Text.Encoding.Latin1, 1 << 16))
            {
                if (Options.Quirks)
                {
                    // Real DELETE files have no header; some start with a line holding a single space.
                    writer.Write(" \n");
                }

                foreach (var id in deleted)
                {
                    writer.Write(id.ToString(CultureInfo.InvariantCulture));
                    writer.Write('\n');
                }

                writer.Flush();
                bytes += stream.Count;
            }

            rows[FaersTable.Delete] = deleted.Count;
            return new SyntheticQuarterSummary(quarter, cases, rows, generatedDeleted, bytes, pairReports);
        }
    }

    private void CountPairs(CaseDraft d, int versions, long[] pairReports)
    {
        for (var p = 0; p < _pairIndices.Count; p++)
        {
            var (product, term) = _pairIndices[p];
            var suspect = false;
            for (var i = 0; i < d.DrugCount && !suspect; i++)
            {
                suspect = d.Drugs[i].Product == product && d.Drugs[i].Role <= 1;
            }

            if (suspect && Array.IndexOf(d.Reactions, term, 0, d.ReactionCount) >= 0)
            {
                pairReports[p] += versions;
            }
        }
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void WriteRows(FaersTable table, QuarterTableWriter w, CaseDraft d, int versionOffset)
    {
        var version = d.FirstVersion + versionOffset;
        var primaryId = d.PrimaryId(version);
        switch (table)
        {
            case FaersTable.Demo:
                WriteDemo(w, d, version, primaryId, versionOffset);
                break;
            case FaersTable.Drug:
                for (var i = 0; i < d.DrugCount; i++)
                {
                    WriteDrug(w, d, primaryId, i);
                }

                break;
            case FaersTable.Reac:
                for (var i = 0; i < d.ReactionCount; i++)
                {
                    var term = d.Reactions[i];
                    w.Field(primaryId).Field(d.CaseId).Field(_reactions.Terms[term])
                        .Field(term == d.RecordedActionReaction ? _reactions.Terms[term] : string.Empty).EndRow();
                }

                break;
            case FaersTable.Outc:
                for (var i = 0; i < d.OutcomeCount; i++)
                {
                    w.Field(primaryId).Field(d.CaseId).Field(SyntheticCalibration.OutcomeCodes[d.Outcomes[i]]).EndRow();
                }

                break;
            case FaersTable.Rpsr:
                if (d.ReportSource >= 0)
                {
                    w.Field(primaryId).Field(d.CaseId).Field(CaseSynthesizer.ReportSourceCodes[d.ReportSource]).EndRow();
                }

                break;
            case FaersTable.Ther:
                for (var i = 0; i < d.DrugCount; i++)
                {
                    ref var s = ref d.Drugs[i];
                    if (s.Therapy)
                    {
                        w.Field(primaryId).Field(d.CaseId).Field(i + 1).Date(s.TherapyStart, d.Pandas).Date(s.TherapyEnd);
                        if (s.Duration > 0)
                        {
                            w.Field(s.Duration, d.Pandas).Field(CaseSynthesizer.DurationCodes[s.DurationCode]);
                        }
                        else
                        {
                            w.Field(s.DurationNa ? "NA" : string.Empty).Empty();
                        }

                        w.EndRow();
                    }
                }

                break;
            default:
                for (var i = 0; i < d.DrugCount; i++)
                {
                    ref var s = ref d.Drugs[i];
                    for (var k = 0; k < s.IndicationCount; k++)
                    {
                        var term = k switch { 0 => s.Indication0, 1 => s.Indication1, 2 => s.Indication2, _ => s.Indication3 };
                        w.Field(primaryId).Field(d.CaseId).Field(i + 1).Field(_indications.Terms[term]).EndRow();
                    }
                }

                break;
        }
    }

    private static void WriteDemo(QuarterTableWriter w, CaseDraft d, int version, long primaryId, int versionOffset)
    {
        var direct = d.ReportCode == 2;
        var fdaDate = d.FdaDate[versionOffset];
        w.Field(primaryId).Field(d.CaseId).Field(version).Field(version == 1 ? "I" : "F")
            .Date(d.EventDate, d.Pandas && d.EventDate > 99_999_999 / 10)
            .Date(d.ManufacturerDate[versionOffset])
            .Date(version == 1 ? fdaDate : d.InitialFdaDate)
            .Date(fdaDate)
            .Field(SyntheticCalibration.ReportCodes[d.ReportCode])
            .Empty()
            .Field(direct ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{d.Country}-{CaseSynthesizer.Manufacturers[d.Manufacturer].Split(' ')[0]}-{fdaDate / 10000}{d.ManufacturerSerial:0000000}"))
            .Field(direct ? "FDA-CTU" : CaseSynthesizer.Manufacturers[d.Manufacturer])
            .Field(d.LiteratureReference);
        if (d.AgeCode == 1)
        {
            w.Empty().Empty();
        }
        else
        {
            w.Field(d.Age, d.Pandas).Field(CaseSynthesizer.AgeCodes[d.AgeCode]);
        }

        w.Field(d.AgeGroup).Field(CaseSynthesizer.SexCodes[d.Sex]).Field(d.Electronic ? "Y" : "N");
        if (d.Weight > 0)
        {
            w.Field(d.Weight, d.Pandas).Field("KG");
        }
        else
        {
            w.Empty().Empty();
        }

        w.Date(fdaDate).Empty().Field(SyntheticCalibration.OccupationCodes[d.Occupation])
            .Field(d.Country).Field(d.OccurrenceCountryEmpty ? string.Empty : d.Country).EndRow();
    }

    private void WriteDrug(QuarterTableWriter w, CaseDraft d, long primaryId, int index)
    {
        ref var s = ref d.Drugs[index];
        var p = _catalog.Products[s.Product];
        var form = FictionalCatalog.Forms[p.Form];
        var frequency = s.Frequency == 0 ? string.Empty : CaseSynthesizer.FrequencyCodes[s.Frequency - 1];
        w.Field(primaryId).Field(d.CaseId).Field(index + 1).Field(CaseSynthesizer.RoleCodes[s.Role])
            .Field(s.DrugName).Field(s.EmptyActiveIngredient ? string.Empty : p.ActiveIngredient).Field(s.ValVbm)
            .Field(s.Route switch { 0 => string.Empty, 1 => "Unknown", _ => form.Route });
        if (s.Dose)
        {
            w.Field(string.Create(CultureInfo.InvariantCulture, $"{p.Strength} {p.Unit.ToLowerInvariant()}{(frequency.Length > 0 ? ", " + frequency : string.Empty)}"));
        }
        else
        {
            w.Field(s.Route == 1 ? "UNK" : string.Empty);
        }

        w.Field(s.CumulativeDoseNa ? "NA" : string.Empty).Empty()
            .Field(CaseSynthesizer.DechallengeCodes[s.Dechallenge]).Field(CaseSynthesizer.RechallengeCodes[s.Rechallenge])
            .Empty().Empty()
            .Field(s.Nda ? (d.Pandas ? p.NdaNumber + ".0" : p.NdaNumber) : string.Empty);
        if (s.Dose)
        {
            w.Field(p.Strength, d.Pandas).Field(p.Unit);
        }
        else
        {
            w.Empty().Empty();
        }

        w.Field(s.DoseForm ? form.Long : string.Empty).Field(frequency).EndRow();
    }

    private (int Event, double Probability)[]?[] PlantPairs(CountDistribution reactionCount)
    {
        var random = SplitMixRandom.For(Options.Seed, 3, 0);
        var planted = new (int Event, double Probability)[]?[_catalog.Products.Length];

        // Background rate of a term: reactions are m draws with replacement (duplicates dropped), so
        // P(term listed) = Σ_m P(m)·(1 − (1 − w)^m) exactly, w being the term's draw probability.
        double Background(int term)
        {
            var w = _reactions.Choice.Probability(term);
            double q = 0;
            for (var m = 1; m <= reactionCount.Probabilities.Length; m++)
            {
                q += reactionCount.Probabilities[m - 1] * (1 - Math.Pow(1 - w, m));
            }

            return q;
        }

        var drugRanks = Enumerable.Range(0, Math.Min(FictionalCatalog.FirstCombinationRank, _catalog.Products.Length)).ToList();
        Shuffle(drugRanks, ref random);
        var plantedDrugs = drugRanks.Take(Options.PlantedPairs).ToList();
        var nullDrugs = drugRanks.Skip(Options.PlantedPairs).Order().Take(Options.NullPairs).ToList();

        var eventRanks = Enumerable.Range(15, Math.Min(400, _reactions.Terms.Length) - 15).ToList();
        Shuffle(eventRanks, ref random);
        var usedEvents = new HashSet<int>();
        for (var i = 0; i < plantedDrugs.Count; i++)
        {
            var relativeRisk = PlantedRelativeRisks[i % PlantedRelativeRisks.Count];
            var term = eventRanks.First(t => !usedEvents.Contains(t) && Background(t) * relativeRisk <= 0.5);
            usedEvents.Add(term);
            var q = Background(term);
            var probability = (relativeRisk - 1) * q / (1 - q);
            planted[plantedDrugs[i]] = [(term, probability)];
            _pairs.Add(new PlantedPair(_catalog.Products[plantedDrugs[i]].Ingredients[0], _reactions.Terms[term], relativeRisk, PlantedPairKind.Planted, q));
            _pairIndices.Add((plantedDrugs[i], term));
        }

        var nullEvents = Enumerable.Range(0, _reactions.Terms.Length).Where(t => !usedEvents.Contains(t)).Take(Math.Max(Options.NullPairs, 1)).ToList();
        Shuffle(nullEvents, ref random);
        for (var i = 0; i < nullDrugs.Count; i++)
        {
            var term = nullEvents[i % nullEvents.Count];
            _pairs.Add(new PlantedPair(_catalog.Products[nullDrugs[i]].Ingredients[0], _reactions.Terms[term], 1, PlantedPairKind.Null, Background(term)));
            _pairIndices.Add((nullDrugs[i], term));
        }

        return planted;
    }

    private static void Shuffle(List<int> list, ref SplitMixRandom random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
