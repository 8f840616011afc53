using System.Globalization;
using Causa.Core.Query;
using Causa.Core.Sources;
using Causa.Core.Statistics;
using Causa.Core.Verdicts;

namespace Causa.Core.Evidence;

/// <summary>
/// Weighs every line of evidence on one drug and condition — label entries, indication sources, published count tables
/// and the FAERS store — into the two verdicts of docs/EVIDENCE.md, listing each line with its source, period, unit and
/// numbers. Pure: the same inputs give the same answer.
/// </summary>
public static class EvidenceAssessor
{
    /// <summary>Source name of the line built from the FAERS store.</summary>
    public const string StoreSourceName = "FAERS store";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Assesses a drug and a condition.</summary>
    /// <param name="ingredient">Canonical ingredient (as the resolver names it, e.g. <c>DULOXETINE</c>).</param>
    /// <param name="term">MedDRA preferred term (any case, e.g. <c>Fibromyalgia</c>).</param>
    /// <param name="reports">The FAERS store's answer for the pair (<see cref="SignalQueries.Ask"/>); null when there is no store or the store does not know the drug or term.</param>
    /// <param name="sources">The loaded evidence sources.</param>
    /// <param name="reportsPeriod">Period of the store's quarters (e.g. <c>2020Q3–2025Q4</c>), shown on the store line; null when unknown.</param>
    public static EvidenceAnswer Assess(string ingredient, string term, PairAnswer? reports, EvidenceSources sources, string? reportsPeriod = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ingredient);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentNullException.ThrowIfNull(sources);
        ingredient = ingredient.Trim().ToUpperInvariant();
        term = term.Trim();
        var caveats = new List<string>();

        // Does it help? Indication sources first, since they also decide indication bias.
        var helpLines = new List<EvidenceLine>();
        var indicationSources = new List<string>();
        bool onLabel = false, offLabel = false, notIndication = false;
        var onLabelSourceKnowsDrug = sources.IndicationSources.Any(s => s.Info.Kind == EvidenceSourceKind.DrugCentral && sources.IndicationKnowsDrug(s.Info, ingredient));
        var matched = sources.Indications(ingredient, term);
        var onLabelSourceListsIt = false;
        foreach (var (_, entry) in matched)
        {
            onLabelSourceListsIt |= entry.Category == IndicationCategory.OnLabel;
        }

        // What the on-label source says beside a use taken from label text (MEDI's flag, SIDER's text mining): it lists the
        // use too, it knows the drug without the use, or it does not know the drug.
        var approvedList = onLabelSourceListsIt ? "the on-label source lists it too."
            : onLabelSourceKnowsDrug ? "the on-label source does not list it, so it counts as off-label."
            : null;
        var minedAgainstList = false;
        foreach (var i in ByRank(matched))
        {
            var (source, entry) = matched[i];
            // Every mapping choice shows: the source's wording, the preferred term it was mapped to, and the family relation.
            var condition = entry.Condition + EvidenceSources.MatchNote(entry, term);
            var (finding, counted, sentence) = entry.Category switch
            {
                IndicationCategory.OnLabel => ("on-label", true, $"{source.Name} lists {condition} as an approved indication of {ingredient}."),
                IndicationCategory.PossibleLabelUse => ("possible-label-use", true, $"{source.Name} links {ingredient} to {condition} and marks it a possible label use ({entry.Resources} resource(s))" + (approvedList is null ? "." : "; " + approvedList)),
                IndicationCategory.MinedFromLabel => ("mined-from-label", true, $"{source.Name}: text mining finds {condition} among the indications in the labels of {ingredient}; " + (approvedList ?? "no on-label source knows the drug, so it counts as a label use.")),
                IndicationCategory.OffLabel => ("off-label", true, $"{source.Name} links {ingredient} to {condition} in its high-precision subset, not as a label use ({entry.Resources} resource(s))."),
                IndicationCategory.DiseaseModifying => ("disease-modifying", true, $"{source.Name} curators classify {ingredient} for {condition} as disease-modifying."),
                IndicationCategory.Symptomatic => ("symptomatic", true, $"{source.Name} curators classify {ingredient} for {condition} as symptomatic treatment."),
                IndicationCategory.NotIndication => ("not-an-indication", false, $"{source.Name} curators judged {condition} NOT an indication of {ingredient}."),
                _ => ("low-precision", false, $"{source.Name} links {ingredient} to {condition} from a single resource outside its high-precision subset."),
            };
            // MEDI's label flag is only "possible", and SIDER's indications are label text read by a program: either makes a
            // use approved only when no on-label source knows the drug; beside one that does, it is a use, not an approval.
            var labelUse = entry.Category is IndicationCategory.PossibleLabelUse or IndicationCategory.MinedFromLabel;
            var labelUseCounts = labelUse && !onLabelSourceKnowsDrug;
            onLabel |= entry.Category == IndicationCategory.OnLabel || labelUseCounts;
            offLabel |= entry.Category is IndicationCategory.OffLabel or IndicationCategory.DiseaseModifying or IndicationCategory.Symptomatic
                || (labelUse && !labelUseCounts);
            minedAgainstList |= entry.Category == IndicationCategory.MinedFromLabel && onLabelSourceKnowsDrug && !onLabelSourceListsIt;
            notIndication |= entry.Category == IndicationCategory.NotIndication;
            if (counted && !indicationSources.Contains(source.Name))
            {
                indicationSources.Add(source.Name);
            }

            var note = entry.Category == IndicationCategory.LowPrecision ? "low-precision row: shown, not counted" : entry.Category == IndicationCategory.NotIndication ? "a negative finding: never raises the verdict" : null;
            helpLines.Add(new EvidenceLine(source.Name, "indication", finding, sentence, source.Period, string.Empty, source.Citation, counted, note, Numbers(("resources", entry.Resources))));
        }

        long? indicationCases = null;
        var faersIndication = false;
        if (reports is not null)
        {
            indicationCases = reports.IndicationCases;
            faersIndication = VerdictRules.IsLikelyIndication(reports.IndicationCases, reports.A);
            var counted = reports.IndicationCases >= EvidenceRules.MinimumIndicationCases;
            helpLines.Add(new EvidenceLine(
                StoreSourceName,
                "reports",
                counted ? "reported-use" : "rarely-reported-use",
                string.Create(C, $"{reports.IndicationCases:N0} case(s) in the store give {reports.Event} as the reason {reports.Drug} was taken (FAERS INDI)."),
                reportsPeriod ?? "the store's quarters",
                "unique cases",
                "FDA Adverse Event Reporting System (FAERS) quarterly data files, INDI table",
                counted,
                counted ? null : string.Create(C, $"fewer than {EvidenceRules.MinimumIndicationCases} cases: shown, not counted"),
                Numbers(("cases", reports.IndicationCases))));
            if (faersIndication && !indicationSources.Contains(StoreSourceName))
            {
                indicationSources.Add("FAERS INDI");
            }
        }

        // A low-precision row alone does not make the drug help, but it does say the drug is taken for the condition:
        // enough to read a report signal for it as indication bias...
        // Unless a label lists the condition as an adverse reaction: then the label, not one resource's link, says why it is reported.
        var lowPrecisionOnly = indicationSources.Count == 0 && helpLines.Exists(static l => l.Finding == "low-precision") && sources.Labels(ingredient, term).Count == 0;
        if (lowPrecisionOnly)
        {
            indicationSources.Add(string.Join(", ", helpLines.Where(static l => l.Finding == "low-precision").Select(static l => l.Source).Distinct()) + ", low-precision");
        }

        var isIndication = indicationSources.Count > 0;
        if (!helpLines.Exists(static l => l.Kind == "indication" && l.Counted))
        {
            var overview = IndicationOverview.For(ingredient, term, sources);
            if (sources.IndicationSources.Any())
            {
                helpLines.Add(new EvidenceLine(
                    string.Join(", ", sources.IndicationSources.Select(static s => s.Info.Name)),
                    "indication",
                    overview.Knowledge == IndicationOverview.DrugUnknown ? "drug-unknown" : "not-among-indications",
                    overview.Sentence(),
                    string.Join("; ", sources.IndicationSources.Select(static s => s.Info.Period).Distinct()),
                    string.Empty,
                    string.Join("; ", sources.IndicationSources.Select(static s => s.Info.Citation).Distinct()),
                    false,
                    "what the sources know: shown, not counted",
                    Numbers(("known_indications", overview.Indications.Count)))
                {
                    CanAnswer = overview.Knowledge != IndicationOverview.DrugUnknown,
                });
            }
        }

        var help = EvidenceRules.Help(onLabel, offLabel, indicationCases);
        if (minedAgainstList)
        {
            var lists = string.Join(", ", sources.IndicationSources.Where(s => s.Info.Kind == EvidenceSourceKind.DrugCentral && sources.IndicationKnowsDrug(s.Info, ingredient)).Select(static s => s.Info.Name).Distinct());
            var minerNames = new List<string>();
            foreach (var (source, entry) in matched)
            {
                if (entry.Category == IndicationCategory.MinedFromLabel && !minerNames.Contains(source.Name))
                {
                    minerNames.Add(source.Name);
                }
            }

            var miners = string.Join(", ", minerNames);
            caveats.Add($"Sources disagree on use: {miners} finds {term} among the indications in {ingredient}'s label text, but the approved indications of {ingredient} in {lists} do not include it; counted as {EvidenceRules.Text(help)}, not approved.");
        }

        if (notIndication)
        {
            caveats.Add(help >= HelpVerdict.OffLabel
                ? "Sources disagree on use: PharmacotherapyDB curators judged it not an indication, while other sources list it."
                : "PharmacotherapyDB curators judged this condition not an indication of the drug.");
        }

        // Can it cause? Labels, then count tables, then the store.
        var causeLines = new List<EvidenceLine>();
        var labels = sources.Labels(ingredient, term);
        var labelStrengths = new LabelStrength[sources.All.Count];
        var labelCount = 0;
        foreach (var source in sources.LabelSources)
        {
            var entry = LabelOf(labels, source.Info);
            if (entry is null)
            {
                if (sources.LabelKnowsDrug(source.Info, ingredient))
                {
                    labelStrengths[labelCount++] = LabelStrength.NotListed;
                    causeLines.Add(new EvidenceLine(source.Info.Name, "label", "label-not-listed", $"{source.Info.Name} has label entries for {ingredient}, none of them {term}.", source.Info.Period, string.Empty, source.Info.Citation, true, null, Numbers()));
                }

                continue;
            }

            var strength = EvidenceRules.ClassifyLabel(entry.DrugPercents, entry.PlaceboPercents, entry.PostmarketingOnly, entry.Boxed);
            labelStrengths[labelCount++] = strength;
            causeLines.Add(LabelLine(source.Info, entry, strength, ingredient, term));
        }

        // Arrays of the enums rather than lists or tuples of them: list code over an enum is compiled at run time in every
        // process (no precompiled code holds it), which cost an answer more than the verdict itself.
        var signalSources = new string[sources.All.Count + 1];
        var signalStrengths = new SignalStrength[signalSources.Length];
        var signalCount = 0;
        var biased = new List<string>();
        foreach (var (source, drug) in sources.CountDrugs(ingredient))
        {
            var line = CountLine(source.Info, source.Counts!, drug, term, isIndication, out var strength);
            causeLines.Add(line);
            if (line.Counted && strength != SignalStrength.Unknown)
            {
                signalSources[signalCount] = source.Info.Name;
                signalStrengths[signalCount++] = strength;
            }
            else if (isIndication && strength >= SignalStrength.Weak)
            {
                biased.Add(source.Info.Name);
            }
        }

        if (reports is not null)
        {
            var strength = EvidenceRules.Strength(reports.Level);
            var small = reports.N < VerdictRules.SmallStoreCases;
            var biasedLine = isIndication && strength >= SignalStrength.Weak;
            var counted = !small && !biasedLine;
            var note = biasedLine ? "indication bias: not counted toward \"can it cause?\""
                : small ? string.Create(C, $"the store holds only {reports.N:N0} cases (a sample): shown, not counted")
                : null;
            causeLines.Add(new EvidenceLine(
                StoreSourceName,
                "reports",
                Finding(strength),
                reports.Verdict,
                reportsPeriod ?? "the store's quarters",
                "unique cases",
                "FDA Adverse Event Reporting System (FAERS) quarterly data files",
                counted,
                note,
                Numbers(("a", reports.A), ("b", reports.B), ("c", reports.C), ("d", reports.D), ("n", reports.N), ("prr", reports.Prr), ("prr_lower", reports.PrrLower), ("prr_upper", reports.PrrUpper), ("ic025", reports.Ic025), ("eb05", reports.Eb05))));
            if (counted && strength != SignalStrength.TooFew)
            {
                signalSources[signalCount] = StoreSourceName;
                signalStrengths[signalCount++] = strength;
            }
            else if (biasedLine)
            {
                biased.Add(StoreSourceName);
            }
        }

        var cause = EvidenceRules.Cause(new ReadOnlySpan<LabelStrength>(labelStrengths, 0, labelCount), new ReadOnlySpan<SignalStrength>(signalStrengths, 0, signalCount));
        if (biased.Count > 0)
        {
            caveats.Insert(0, $"Indication bias: {term} is a reason {ingredient} is taken ({string.Join(", ", indicationSources)}), so its disproportionate reporting in {string.Join(", ", biased.Distinct())} probably reflects why the drug was taken; it was not counted toward \"can it cause?\".");
        }

        var strongIn = new List<string>();
        var noneIn = new List<string>();
        for (var i = 0; i < signalCount; i++)
        {
            var into = signalStrengths[i] == SignalStrength.Strong ? strongIn : signalStrengths[i] == SignalStrength.None ? noneIn : null;
            if (into is not null && !into.Contains(signalSources[i]))
            {
                into.Add(signalSources[i]);
            }
        }

        bool labelAbove = false, labelListed = false, labelAllClose = true;
        for (var i = 0; i < labelCount; i++)
        {
            labelAbove |= labelStrengths[i] is LabelStrength.ClearExcess or LabelStrength.ModerateExcess;
            if (labelStrengths[i] != LabelStrength.NotListed)
            {
                labelListed = true;
                labelAllClose &= labelStrengths[i] == LabelStrength.CloseToPlacebo;
            }
        }

        var labelClose = labelListed && labelAllClose;
        if (strongIn.Count > 0 && labelClose)
        {
            caveats.Add($"Sources disagree: the label shows {term} about as often on placebo as on the drug, while report counts single it out in {string.Join(", ", strongIn)}" + (noneIn.Count > 0 ? $" but not in {string.Join(", ", noneIn)}" : string.Empty) + "; the controlled-trial figures decide the verdict.");
        }
        else if (strongIn.Count > 0 && noneIn.Count > 0)
        {
            caveats.Add($"Sources disagree: a strong signal in {string.Join(", ", strongIn)} but none in {string.Join(", ", noneIn)} (different periods, drug roles and units; never added together); one report source alone does not raise the verdict.");
        }
        else if (labelAbove && noneIn.Count > 0)
        {
            caveats.Add($"Sources disagree: the label shows more {term} on the drug than on placebo, but {string.Join(", ", noneIn)} show(s) no disproportionate reporting (common events are often not singled out in reports).");
        }

        if (causeLines.Count(static l => l.Kind is "counts" or "reports") > 1)
        {
            caveats.Add("Each count source keeps its own unit and period; they are compared, never summed.");
        }

        if (causeLines.Any(static l => l.Finding == "label-postmarketing"))
        {
            caveats.Add("A post-marketing label entry comes from reports after approval: it says the event was seen, not how often.");
        }

        if (causeLines.Any(static l => l.Kind is "counts" or "reports"))
        {
            caveats.Add("Report counts show reporting, not incidence: there is no count of people who took the drug without problems.");
        }

        if (cause == CauseVerdict.InsufficientData)
        {
            // Last, so a front end can put the remedy into its own words after it (EvidenceAnswer.Remedy).
            caveats.Add($"No loaded source knows enough about {ingredient} and {term}: add label, indication or count sources.");
        }

        return new EvidenceAnswer(ingredient, term, new CauseAssessment(cause, causeLines), new HelpAssessment(help, helpLines), biased.Count > 0 || isIndication, caveats)
        {
            Remedy = cause == CauseVerdict.InsufficientData ? Remedy.AddEvidenceSources : Remedy.None,
        };
    }

    /// <summary>The order of indication lines: approved lists first, then label uses (MEDI's flag, then SIDER's text mining), then curated off-label uses and the rest.</summary>
    private static int Rank(IndicationCategory category) => category == IndicationCategory.MinedFromLabel ? 3 : 2 * (int)category;

    /// <summary>The positions of <paramref name="matched"/> by <see cref="Rank"/>, entries of one rank in their order (a
    /// stable insertion sort: a drug has a handful of matching entries).</summary>
    private static int[] ByRank(IReadOnlyList<(SourceInfo Source, IndicationEntry Entry)> matched)
    {
        var order = new int[matched.Count];
        var ranks = new int[matched.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var rank = Rank(matched[i].Entry.Category);
            var j = i;
            while (j > 0 && ranks[j - 1] > rank)
            {
                order[j] = order[j - 1];
                ranks[j] = ranks[j - 1];
                j--;
            }

            order[j] = i;
            ranks[j] = rank;
        }

        return order;
    }

    /// <summary>The first of <paramref name="labels"/> from <paramref name="source"/>; null when it has none.</summary>
    private static LabelEntry? LabelOf(IReadOnlyList<(SourceInfo Source, LabelEntry Entry)> labels, SourceInfo source)
    {
        foreach (var (from, entry) in labels)
        {
            if (ReferenceEquals(from, source))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>" (about 1 more person in N)" from the excess over placebo; empty without both figures.</summary>
    private static string ExtraCase(double drug, double placebo)
    {
        if (double.IsNaN(drug) || double.IsNaN(placebo) || drug <= placebo)
        {
            return string.Empty;
        }

        var n = Math.Round(100 / (drug - placebo));
        return string.Create(C, $" (about 1 more person in {n:0} treated)");
    }

    private static EvidenceLine LabelLine(SourceInfo source, LabelEntry entry, LabelStrength strength, string ingredient, string term)
    {
        // The extra-case figure uses the medians the grade compares, not the highest figure (docs/EVIDENCE.md).
        var drug = EvidenceRules.DrugMedianRate(entry.DrugPercents);
        var placebo = EvidenceRules.PlaceboRate(entry.PlaceboPercents);
        var text = $"{term} is on the label of {ingredient}";
        if (entry.DrugPercents.Count > 0)
        {
            text += $"; on drug {Range(entry.DrugPercents)}" + (entry.DrugPercents.Count > 2 && entry.PlaceboPercents.Count > 0 ? string.Create(C, $" (median {drug:0.##}%)") : string.Empty);
            text += entry.PlaceboPercents.Count > 0 ? $", on placebo {Range(entry.PlaceboPercents)}" + (entry.PlaceboPercents.Count > 2 ? string.Create(C, $" (median {placebo:0.##}%)") : string.Empty) : ", no placebo figure";
        }
        else if (entry.Descriptions.Count > 0)
        {
            text += $" ({string.Join(", ", entry.Descriptions)})";
        }

        if (entry.LabelShare is { } share)
        {
            text += string.Create(C, $"; listed on {share:P0} of {entry.Labels} label(s)");
        }

        if (entry.Boxed)
        {
            text += "; boxed warning";
        }

        text += strength switch
        {
            LabelStrength.ClearExcess => ": clearly more often than on placebo" + ExtraCase(drug, placebo) + ".",
            LabelStrength.ModerateExcess => ": more often than on placebo" + ExtraCase(drug, placebo) + ".",
            LabelStrength.Rare => ": rare (fewer than 1 in 100 people on the drug in trials).",
            LabelStrength.BoxedWarning => ": named in a boxed warning.",
            LabelStrength.CloseToPlacebo => ": about as often as on placebo.",
            LabelStrength.Postmarketing => ": reported after marketing, no trial frequency.",
            _ => ".",
        };
        var finding = strength switch
        {
            LabelStrength.ClearExcess => "label-clear-excess",
            LabelStrength.ModerateExcess => "label-moderate-excess",
            LabelStrength.CloseToPlacebo => "label-close-to-placebo",
            LabelStrength.Postmarketing => "label-postmarketing",
            LabelStrength.Rare => "label-rare",
            LabelStrength.BoxedWarning => "label-boxed-warning",
            _ => "label-listed",
        };
        return new EvidenceLine(source.Name, "label", finding, text, source.Period, string.Empty, source.Citation, true, null,
            Numbers(("drug_percent_max", entry.DrugPercents.Count == 0 ? null : EvidenceRules.DrugRate(entry.DrugPercents)), ("drug_percent_median", double.IsNaN(drug) ? null : drug), ("placebo_percent_median", double.IsNaN(placebo) ? null : placebo), ("label_share", entry.LabelShare)));
    }

    private static EvidenceLine CountLine(SourceInfo source, CountTable table, CountDrug drug, string term, bool isIndication, out SignalStrength strength)
    {
        var unit = UnitText(source.Unit);
        var who = drug.Drug.Equals(drug.Ingredient, StringComparison.OrdinalIgnoreCase) ? drug.Ingredient : $"{drug.Ingredient} ({drug.Drug})";
        var a = table.CountOf(drug.Drug, term);
        var termTotal = table.TermTotal(term);
        strength = SignalStrength.Unknown;
        if (a is null)
        {
            var why = table.Complete ? $"{term} is not among the table's events" : $"{term} is not among the events the table lists for {who}";
            return new EvidenceLine(source.Name, "counts", "not-in-table", why + ".", source.Period, unit, source.Citation, false, "the table cannot answer for this pair", Numbers(("drug_total", drug.Total)))
            {
                CanAnswer = false,
            };
        }

        if (termTotal is null || table.Total == 0 || drug.Total == 0)
        {
            var share = drug.Total > 0 ? string.Create(C, $" ({100.0 * a.Value / drug.Total:0.###}% of its {drug.Total:N0})") : string.Empty;
            return new EvidenceLine(source.Name, "counts", "count-only", string.Create(C, $"{a:N0} {unit} of {term} with {who}{share}; the table gives no background count for {term}, so no ratio."),
                source.Period, unit, source.Citation, false, "no background: shown, not counted", Numbers(("a", a.Value), ("drug_total", drug.Total)));
        }

        var b = drug.Total - a.Value;
        var c = termTotal.Value - a.Value;
        var d = table.Total - a.Value - b - c;
        if (b < 0 || c < 0 || d < 0)
        {
            return new EvidenceLine(source.Name, "counts", "inconsistent", string.Create(C, $"The table's margins for {who} and {term} do not add up (a={a}, drug total {drug.Total}, event total {termTotal}, N {table.Total})."),
                source.Period, unit, source.Citation, false, "inconsistent margins: not counted", Numbers())
            {
                CanAnswer = false,
            };
        }

        var tableCounts = new ContingencyTable(a.Value, b, c, d);
        var result = Disproportionality.Compute(tableCounts);
        strength = EvidenceRules.Strength(VerdictRules.Classify(result));
        var biased = isIndication && strength >= SignalStrength.Weak;
        var drugShare = 100.0 * a.Value / drug.Total;
        var otherShare = c + d == 0 ? 0 : 100.0 * c / (c + d);
        var summary = string.Create(C, $"{a:N0} of {drug.Total:N0} {unit} with {who} are {term} ({drugShare:0.###}%) vs {c:N0} of {c + d:N0} without ({otherShare:0.###}%); PRR {Fmt(result.Prr)} (95% CI {Fmt(result.PrrLower)}–{Fmt(result.PrrUpper)}), IC025 {result.Ic025:0.00}: {Describe(strength)}.");
        return new EvidenceLine(source.Name, "counts", Finding(strength), summary, source.Period, unit, source.Citation, !biased,
            biased ? "indication bias: not counted toward \"can it cause?\"" : null,
            Numbers(("a", a.Value), ("b", b), ("c", c), ("d", d), ("n", table.Total), ("prr", result.Prr), ("prr_lower", result.PrrLower), ("prr_upper", result.PrrUpper), ("ic025", result.Ic025)));
    }

    private static string Finding(SignalStrength s) => s switch
    {
        SignalStrength.Strong => "strong-signal",
        SignalStrength.Weak => "weak-signal",
        SignalStrength.None => "no-signal",
        SignalStrength.TooFew => "too-few",
        _ => "unknown",
    };

    private static string Describe(SignalStrength s) => s switch
    {
        SignalStrength.Strong => "a strong signal",
        SignalStrength.Weak => "a weak signal",
        SignalStrength.None => "no signal",
        _ => "too few to tell",
    };

    /// <summary>How a unit is written in answers.</summary>
    public static string UnitText(EvidenceUnit unit) => unit switch
    {
        EvidenceUnit.Cases => "unique cases",
        EvidenceUnit.Reports => "reports",
        EvidenceUnit.DrugEventPairs => "drug–event pairs",
        EvidenceUnit.ReactionRows => "reaction rows",
        _ => string.Empty,
    };

    private static string Range(IReadOnlyList<double> values)
    {
        var lo = values.Min();
        var hi = values.Max();
        return lo == hi ? string.Create(C, $"{hi:0.##}%") : string.Create(C, $"{lo:0.##}–{hi:0.##}%");
    }

    private static string Fmt(double? v) => v is { } x ? x.ToString(x >= 100 ? "0" : x >= 10 ? "0.0" : "0.00", C) : "n/a";

    private static Dictionary<string, double> Numbers(params (string Key, double? Value)[] values)
    {
        var numbers = new Dictionary<string, double>(values.Length, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (value is { } v && !double.IsNaN(v) && !double.IsInfinity(v))
            {
                numbers[key] = v;
            }
        }

        return numbers;
    }
}
