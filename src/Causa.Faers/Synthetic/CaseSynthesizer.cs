namespace Causa.Faers.Synthetic;

/// <summary>
/// Draws case number <c>i</c> of a synthetic quarter into a <see cref="CaseDraft"/>. Each case has its own random
/// stream (seed, case index), so any table pass can regenerate any case identically without keeping rows in memory.
/// </summary>
internal sealed class CaseSynthesizer
{
    /// <summary>Fictional manufacturers (mfr_sndr); direct reports use FDA-CTU as in real files.</summary>
    public static readonly string[] Manufacturers = ["NORVANTA PHARMA", "KELDRIX", "AURELON LABS", "MEDIVANT", "SOLQUIN HEALTH", "TREVANE", "OSTARA BIOLOGICS", "PHARMAXEL", "VIRELLA", "QUANTIS RX", "HALCYRA", "BRONTIS"];

    /// <summary>dose_freq codes with their sample frequencies (rows with a frequency).</summary>
    public static readonly string[] FrequencyCodes = ["QD", "/WK", "QOW", "Q12H", "/MONTH", "BID", "Q3W", "TID"];

    /// <summary>dechal codes matching <see cref="SyntheticCalibration.Dechallenge"/>.</summary>
    public static readonly string[] DechallengeCodes = ["U", "", "D", "Y", "N"];

    /// <summary>rechal codes matching <see cref="SyntheticCalibration.Rechallenge"/>.</summary>
    public static readonly string[] RechallengeCodes = ["", "U", "Y", "D", "N"];

    /// <summary>Role codes in the order of the calibrated role arrays.</summary>
    public static readonly string[] RoleCodes = ["PS", "SS", "C", "I"];

    /// <summary>age_cod codes in the order of <see cref="SyntheticCalibration.AgeCode"/>.</summary>
    public static readonly string[] AgeCodes = ["YR", "", "DEC", "MON", "WK"];

    /// <summary>sex codes in the order of <see cref="SyntheticCalibration.Sex"/>.</summary>
    public static readonly string[] SexCodes = ["F", "M", ""];

    /// <summary>dur_cod codes with sample weights DAY 329, YR 26, MON 14, WK 2.</summary>
    public static readonly string[] DurationCodes = ["DAY", "YR", "MON", "WK"];

    /// <summary>rpsr_cod codes as in the sample (CSM 16, HP 15).</summary>
    public static readonly string[] ReportSourceCodes = ["CSM", "HP"];

    private static readonly double[] FrequencyWeights = [1172, 208, 105, 81, 65, 62, 62, 50];
    private static readonly double[] DurationWeights = [329, 26, 14, 2];
    private static readonly DateOnly OldestInitialDate = new(2014, 1, 1);

    private readonly int _seed;
    private readonly bool _quirks;
    private readonly FictionalCatalog _catalog;
    private readonly TermVocabulary _reactions;
    private readonly (int Event, double Probability)[]?[] _planted;
    private readonly (int Product, int Event)? _profiled;
    private readonly DateOnly _quarterStart;
    private readonly int _quarterDays;
    private readonly CountDistribution _drugCount;
    private readonly CountDistribution _reactionCount;
    private readonly WeightedChoice _firstRole = new(SyntheticCalibration.FirstDrugRoles);
    private readonly WeightedChoice _otherRole = new(SyntheticCalibration.OtherDrugRoles);
    private readonly WeightedChoice _sex = new(SyntheticCalibration.Sex);
    private readonly WeightedChoice _ageCode = new(SyntheticCalibration.AgeCode);
    private readonly WeightedChoice _followUp = new(SyntheticCalibration.FollowUpVersions);
    private readonly WeightedChoice _occupation = new(SyntheticCalibration.Occupation);
    private readonly WeightedChoice _reportCode = new(SyntheticCalibration.ReportCode);
    private readonly WeightedChoice _country;
    private readonly WeightedChoice _outcomesPerReport = new(SyntheticCalibration.OutcomesPerReport);
    private readonly WeightedChoice _outcomeCode = new(SyntheticCalibration.OutcomeCode);
    private readonly WeightedChoice _indicationsPerDrug = new(SyntheticCalibration.IndicationsPerDrug);
    private readonly WeightedChoice _dechallenge = new(SyntheticCalibration.Dechallenge);
    private readonly WeightedChoice _rechallenge = new(SyntheticCalibration.Rechallenge);
    private readonly WeightedChoice _frequency = new(FrequencyWeights);
    private readonly WeightedChoice _duration = new(DurationWeights);
    private readonly WeightedChoice _nameVariant = new(FictionalCatalog.NameVariantWeights);

    public CaseSynthesizer(int seed, bool quirks, Core.Model.Quarter quarter, FictionalCatalog catalog, TermVocabulary reactions, (int Event, double Probability)[]?[] planted, CountDistribution drugCount, CountDistribution reactionCount, (int Product, int Event)? profiled = null)
    {
        _profiled = profiled;
        _seed = seed;
        _quirks = quirks;
        _catalog = catalog;
        _reactions = reactions;
        _planted = planted;
        _drugCount = drugCount;
        _reactionCount = reactionCount;
        _quarterStart = new DateOnly(quarter.Year, ((quarter.Number - 1) * 3) + 1, 1);
        _quarterDays = _quarterStart.AddMonths(3).DayNumber - _quarterStart.DayNumber;
        var countryWeights = new double[SyntheticCalibration.Country.Length + SyntheticCalibration.OtherCountries.Length];
        SyntheticCalibration.Country.CopyTo(countryWeights, 0);
        var rest = (1000 - SyntheticCalibration.Country.Sum()) / SyntheticCalibration.OtherCountries.Length;
        for (var i = SyntheticCalibration.Country.Length; i < countryWeights.Length; i++)
        {
            countryWeights[i] = rest;
        }

        _country = new WeightedChoice(countryWeights);
    }

    /// <summary>Share of cases with a second version inside the same quarter (an assumption: FDA does not publish it).</summary>
    public const double SecondVersionShare = 0.05;

    /// <summary>Case ids of new cases start here; follow-ups of older cases get lower ids, from <see cref="OldCaseIdBase"/>.</summary>
    public const long NewCaseIdBase = 40_000_000;

    /// <summary>Case ids of follow-ups to cases first received before this quarter start here.</summary>
    public const long OldCaseIdBase = 10_000_000;

    /// <remarks>Quirks never change which random numbers are drawn, only how values are written, so a quarter with
    /// and without quirks holds the same cases.</remarks>
    public void Fill(int caseIndex, CaseDraft d)
    {
        var r = SplitMixRandom.For(_seed, 2, caseIndex);
        // InitialShare is a share of reports; second versions within the quarter are follow-ups, so more cases start as initial.
        var initial = r.Chance(SyntheticCalibration.InitialShare * (1 + SecondVersionShare));
        var followUp = _followUp.Next(ref r);
        d.FirstVersion = initial ? 1 : (followUp < 8 ? followUp + 2 : r.Between(10, 40));
        d.Versions = r.Chance(SecondVersionShare) ? 2 : 1;
        d.Deleted = r.Chance(0.003);
        d.CaseId = (initial ? NewCaseIdBase : OldCaseIdBase) + ((long)caseIndex * 8) + r.Next(8);

        // Dates: every version is received within the quarter; a second version comes later than the first.
        var first = d.Versions == 2 ? r.Next(_quarterDays - 1) : r.Next(_quarterDays);
        var fda0 = _quarterStart.AddDays(first);
        d.FdaDate[0] = Compact(fda0);
        d.FdaDate[1] = Compact(fda0.AddDays(r.Between(1, _quarterDays - 1 - first)));
        d.ManufacturerDate[0] = r.Chance(0.02) ? 0 : Compact(fda0.AddDays(-r.Next(21)));
        d.ManufacturerDate[1] = d.ManufacturerDate[0] == 0 ? 0 : Compact(fda0.AddDays(-r.Next(3)));
        var initialDate = initial ? fda0 : OldestInitialDate.AddDays(r.Next(_quarterStart.DayNumber - OldestInitialDate.DayNumber));
        d.InitialFdaDate = Compact(initialDate);
        d.EventDate = r.Chance(SyntheticCalibration.EventDateShare) ? Partial(initialDate.AddDays(-r.Next(730)), ref r) : 0;

        d.ReportCode = _reportCode.Next(ref r);
        d.Manufacturer = r.Next(Manufacturers.Length);
        d.ManufacturerSerial = r.Next(10_000_000);
        d.LiteratureReference = r.Chance(0.02) ? LiteratureReference(ref r) : string.Empty;
        d.AgeCode = _ageCode.Next(ref r);
        d.Age = d.AgeCode switch
        {
            0 => Math.Round(Percentile(SyntheticCalibration.AgeYearPercentiles, r.NextDouble())),
            2 => r.Between(1, 9),
            3 => r.Between(1, 23),
            4 => r.Between(1, 52),
            _ => 0,
        };
        d.AgeGroup = r.Chance(0.289) ? AgeGroupOf(d, ref r) : string.Empty;
        d.Sex = _sex.Next(ref r);
        d.Electronic = r.Chance(SyntheticCalibration.ElectronicShare);
        d.Weight = r.Chance(SyntheticCalibration.WeightShare) ? Math.Round(40 + (r.NextDouble() * 70) + (r.Chance(0.3) ? r.Next(100) / 100.0 : 0), 2) : 0;
        d.Occupation = _occupation.Next(ref r);
        var country = _country.Next(ref r);
        d.Country = country < SyntheticCalibration.CountryCodes.Length
            ? SyntheticCalibration.CountryCodes[country]
            : SyntheticCalibration.OtherCountries[country - SyntheticCalibration.CountryCodes.Length];
        d.OccurrenceCountryEmpty = r.Chance(SyntheticCalibration.OccurrenceCountryEmpty);
        d.Pandas = r.Chance(0.05) && _quirks;

        FillDrugs(d, ref r, fda0);
        FillReactions(d, ref r, caseIndex, fda0);

        d.OutcomeCount = 0;
        if (r.Chance(SyntheticCalibration.OutcomeShare))
        {
            var wanted = _outcomesPerReport.Next(ref r) + 1;
            for (var attempt = 0; attempt < 20 && d.OutcomeCount < wanted; attempt++)
            {
                var code = _outcomeCode.Next(ref r);
                if (Array.IndexOf(d.Outcomes, code, 0, d.OutcomeCount) < 0)
                {
                    d.Outcomes[d.OutcomeCount++] = code;
                }
            }
        }

        d.ReportSource = r.Chance(SyntheticCalibration.ReportSourceShare) ? r.Next(ReportSourceCodes.Length) : -1;
    }

    private static int Compact(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static int Partial(DateOnly date, ref SplitMixRandom r)
    {
        var roll = r.NextDouble();
        return roll < 0.85 ? Compact(date) : roll < 0.95 ? (date.Year * 100) + date.Month : date.Year;
    }

    private static double Percentile(double[] percentiles, double u)
    {
        var position = u * (percentiles.Length - 1);
        var low = (int)position;
        var high = Math.Min(low + 1, percentiles.Length - 1);
        return percentiles[low] + ((percentiles[high] - percentiles[low]) * (position - low));
    }

    private static string AgeGroupOf(CaseDraft d, ref SplitMixRandom r)
    {
        var years = d.AgeCode switch
        {
            0 => d.Age,
            2 => d.Age * 10,
            3 => d.Age / 12,
            4 => d.Age / 52,
            _ => r.Chance(0.5) ? 40 : 70,
        };
        return years switch
        {
            < 28.0 / 365 => "N",
            < 2 => "I",
            < 12 => "C",
            < 18 => "T",
            < 65 => "A",
            _ => "E",
        };
    }

    private string LiteratureReference(ref SplitMixRandom r)
    {
        // Author names with accents and curly apostrophes are where Windows-1252 bytes show up in real DEMO files.
        var authors = r.Chance(0.5) && _quirks ? "M\u00FCller K, O\u0092Brien T, Garc\u00EDa L" : "Smith J, Tanaka H, Rossi P";
        return authors + ". Case report of an adverse reaction. J Synth Pharmacol. " + r.Between(2015, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";12(3):45-9";
    }

    private void FillDrugs(CaseDraft d, ref SplitMixRandom r, DateOnly received)
    {
        var wanted = Math.Min(_drugCount.Next(ref r), CaseDraft.MaxDrugs);
        d.DrugCount = 0;
        var products = _catalog.Products;
        for (var i = 0; i < wanted; i++)
        {
            var product = _catalog.Popularity.Next(ref r);
            var duplicate = false;
            for (var k = 0; k < d.DrugCount; k++)
            {
                duplicate |= d.Drugs[k].Product == product;
            }

            if (duplicate)
            {
                // Redraw once; a second duplicate just makes the report one drug shorter.
                product = _catalog.Popularity.Next(ref r);
                for (var k = 0; k < d.DrugCount && !duplicate; k++)
                {
                    duplicate = d.Drugs[k].Product == product;
                }

                if (duplicate)
                {
                    continue;
                }
            }

            ref var slot = ref d.Drugs[d.DrugCount++];
            var p = products[product];
            slot.Product = product;
            slot.Role = d.DrugCount == 1 ? _firstRole.Next(ref r) : _otherRole.Next(ref r);
            var registeredSign = p.RegisteredSign && r.Chance(0.2);
            var variant = _nameVariant.Next(ref r);
            slot.DrugName = p.NameVariants[registeredSign && _quirks ? FictionalCatalog.RegisteredSignVariant : variant];
            slot.EmptyActiveIngredient = r.Chance(SyntheticCalibration.EmptyActiveIngredientShare);
            slot.ValVbm = r.Chance(SyntheticCalibration.VerbatimShare) ? 1 : 2;
            var routeRoll = r.NextDouble();
            slot.Route = routeRoll < SyntheticCalibration.RouteEmptyShare ? 0 : routeRoll < SyntheticCalibration.RouteEmptyShare + SyntheticCalibration.RouteUnknownShare ? 1 : 2;
            slot.Dose = r.Chance(SyntheticCalibration.DoseShare);
            slot.DoseForm = r.Chance(SyntheticCalibration.DoseFormShare);
            slot.Frequency = r.Chance(SyntheticCalibration.DoseFrequencyShare) ? _frequency.Next(ref r) + 1 : 0;
            slot.Dechallenge = _dechallenge.Next(ref r);
            slot.Rechallenge = _rechallenge.Next(ref r);
            slot.Nda = r.Chance(0.5);
            slot.CumulativeDoseNa = r.Chance(0.01) && _quirks;
            slot.IndicationCount = 0;
            if (r.Chance(SyntheticCalibration.IndicationShare))
            {
                slot.IndicationCount = _indicationsPerDrug.Next(ref r) + 1;
                slot.Indication0 = Indication(p, ref r);
                slot.Indication1 = Indication(p, ref r);
                slot.Indication2 = Indication(p, ref r);
                slot.Indication3 = Indication(p, ref r);
            }

            slot.Therapy = r.Chance(SyntheticCalibration.TherapyShare);
            if (slot.Therapy)
            {
                var start = received.AddDays(-r.Between(1, 2000));
                slot.TherapyStart = r.Chance(0.1) ? 0 : Partial(start, ref r);
                slot.TherapyEnd = r.Chance(0.3) ? Compact(start.AddDays(r.Between(1, 400))) : 0;
                slot.Duration = r.Chance(0.373) ? r.Between(1, 365) : 0;
                slot.DurationCode = _duration.Next(ref r);
                slot.DurationNa = slot.Duration == 0 && r.Chance(0.02) && _quirks;
            }
        }
    }

    private static int Indication(FictionalProduct product, ref SplitMixRandom r) =>
        r.Chance(SyntheticCalibration.UnknownIndicationShare) ? 0 : product.Indications[r.Next(product.Indications.Length)];

    private void FillReactions(CaseDraft d, ref SplitMixRandom r, int caseIndex, DateOnly received)
    {
        var wanted = _reactionCount.Next(ref r);
        d.ReactionCount = 0;
        var choice = _reactions.Choice;
        for (var i = 0; i < wanted; i++)
        {
            AddReaction(d, choice.Next(ref r));
        }

        // Planted associations: a suspect drug adds its event with the probability that lifts the event's rate
        // among its reports to relative-risk × background (see SyntheticQuarterGenerator.PlantPairs).
        for (var i = 0; i < d.DrugCount; i++)
        {
            ref var slot = ref d.Drugs[i];
            if (slot.Role > 1 || _planted[slot.Product] is not { } effects)
            {
                continue;
            }

            foreach (var (ev, probability) in effects)
            {
                if (r.Chance(probability))
                {
                    AddReaction(d, ev);
                    if (_profiled == (slot.Product, ev))
                    {
                        PlantProfile(d, ref slot, caseIndex, received);
                    }
                }
            }
        }

        d.RecordedActionReaction = r.Chance(0.0014) ? d.Reactions[r.Next(d.ReactionCount)] : -1;
    }

    /// <summary>Gives a case of the profiled pair the <see cref="ProfilePattern"/>. Its numbers come from a stream of their
    /// own, so every other case (and every other fact drawn) is the same as without the pattern.</summary>
    private void PlantProfile(CaseDraft d, ref DrugSlot slot, int caseIndex, DateOnly received)
    {
        var p = SplitMixRandom.For(_seed, 4, caseIndex);
        d.Sex = 0;
        d.AgeCode = 0;
        d.Age = p.Between(ProfilePattern.MinAge, ProfilePattern.MaxAge);
        d.AgeGroup = string.Empty;
        var eventDate = received.AddDays(-p.Between(1, 60));
        d.EventDate = Compact(eventDate);
        slot.Therapy = true;
        slot.TherapyStart = Compact(eventDate.AddDays(-p.Between(ProfilePattern.MinOnsetDays, ProfilePattern.MaxOnsetDays)));
        slot.TherapyEnd = 0;
        slot.Duration = 0;
        slot.DurationNa = false;
    }

    private static void AddReaction(CaseDraft d, int term)
    {
        if (d.ReactionCount < CaseDraft.MaxReactions && Array.IndexOf(d.Reactions, term, 0, d.ReactionCount) < 0)
        {
            d.Reactions[d.ReactionCount++] = term;
        }
    }
}
