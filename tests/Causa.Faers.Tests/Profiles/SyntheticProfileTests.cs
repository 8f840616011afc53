using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Faers.Synthetic;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Profiles;

/// <summary>
/// The synthetic generator plants a known profile on one pair (<see cref="ProfilePattern"/>: women aged 70–79, onset
/// 10–20 days after starting); the profile read back from the store recovers it. About 1 case in 12 lists the event by
/// chance with random facts, hence the margins below.
/// </summary>
public sealed class SyntheticProfileTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Profile_recovers_the_planted_sex_age_and_onset()
    {
        var generator = new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = 30_000, Seed = 11, Quarter = new Quarter(2031, 3) });
        var pair = generator.ProfiledPair;
        Assert.NotNull(pair);
        var zip = Path.Combine(_root.Path, generator.FileName);
        generator.WriteFiles(zip);
        var (sources, error) = FaersIngestor.Discover([zip]);
        Assert.Null(error);
        var folder = Path.Combine(_root.Path, "store");
        var result = new FaersIngestor().Ingest(new FileCaseSink(folder), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
        using var store = CaseStore.Open(folder).Store!;
        var drug = store.FindIngredient(pair.Drug);
        var term = store.FindTerm(pair.Event);
        Assert.NotNull(drug);
        Assert.NotNull(term);

        var profile = new CaseProfiler(store).ForPair([drug.Value], term.Value, RoleFilter.Suspect);
        var cases = profile.Sex.F + profile.Sex.M + profile.Sex.Unknown;
        Assert.True(cases >= 30, $"only {cases} cases of {pair.Drug}/{pair.Event}");

        // Planted cases are all women; the background ones are women about half the time.
        Assert.True(profile.Sex.F >= cases * 0.85, $"F {profile.Sex.F} of {cases}");
        Assert.InRange(profile.Age.Median!.Value, ProfilePattern.MinAge, ProfilePattern.MaxAge);
        Assert.InRange(profile.Age.Q1!.Value, ProfilePattern.MinAge - 5, ProfilePattern.MaxAge);
        Assert.True(profile.Age.Groups["65-74"] + profile.Age.Groups["75+"] >= cases * 0.85, "age groups");

        var onset = profile.TimeToOnsetDays!;
        Assert.True(onset.N >= cases * 0.85, $"onset known for {onset.N} of {cases}");
        Assert.InRange(onset.Median!.Value, ProfilePattern.MinOnsetDays, ProfilePattern.MaxOnsetDays);
        Assert.True(onset.Bins["8-30"] >= onset.N * 0.85, "onset bins");

        // The drug's baseline is not the pattern: most of the drug's cases do not report the event.
        var baseline = profile.Baseline!;
        var baselineCases = baseline.Sex.F + baseline.Sex.M + baseline.Sex.Unknown;
        Assert.True(baseline.Sex.F < baselineCases * 0.75, $"baseline F {baseline.Sex.F} of {baselineCases}");
    }
}
