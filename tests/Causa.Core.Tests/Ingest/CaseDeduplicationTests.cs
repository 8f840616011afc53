using Causa.Core.Ingest;

namespace Causa.Core.Tests.Ingest;

/// <summary>
/// FDA's rule on hand-built versions: per case the latest <c>fda_dt</c>, then the higher <c>primaryid</c>, then the later
/// quarter; any case on a DELETE list is dropped. Expected indices are worked out by hand from the tables in each test.
/// </summary>
public sealed class CaseDeduplicationTests
{
    private static readonly HashSet<long> NoneDeleted = [];

    private static CaseVersion V(long caseId, int fdaDate, long primaryId, int quarter = 8084) => new(caseId, fdaDate, primaryId, quarter);

    [Fact]
    public void No_versions_keep_nothing() =>
        Assert.Empty(CaseDeduplication.SelectKept([], NoneDeleted));

    [Fact]
    public void Dedup_keeps_latest_fda_date_even_with_a_lower_primary_id()
    {
        // Case 7: index 0 (2021-03-01, pid 900), index 1 (2021-06-15, pid 100) → the June version, index 1.
        CaseVersion[] versions = [V(7, 20210301, 900), V(7, 20210615, 100)];

        Assert.Equal([1], CaseDeduplication.SelectKept(versions, NoneDeleted));
    }

    [Fact]
    public void Equal_fda_dates_are_decided_by_the_higher_primary_id()
    {
        // Case 7: same date; pids 701 (index 0), 703 (index 1), 702 (index 2) → 703, index 1.
        CaseVersion[] versions = [V(7, 20210615, 701), V(7, 20210615, 703), V(7, 20210615, 702)];

        Assert.Equal([1], CaseDeduplication.SelectKept(versions, NoneDeleted));
    }

    [Fact]
    public void Equal_date_and_primary_id_are_decided_by_the_later_quarter()
    {
        // The same report listed in 2021Q2 (ordinal 8085) and 2021Q3 (8086): the 2021Q3 copy, index 0.
        CaseVersion[] versions = [V(7, 20210615, 701, 8086), V(7, 20210615, 701, 8085)];

        Assert.Equal([0], CaseDeduplication.SelectKept(versions, NoneDeleted));
    }

    [Fact]
    public void A_partial_date_sorts_before_a_full_date_of_the_same_month()
    {
        // 2021-06 (day unknown, 20210600) against 2021-06-01: the full date is later.
        CaseVersion[] versions = [V(7, 20210601, 1), V(7, 20210600, 2)];

        Assert.Equal([0], CaseDeduplication.SelectKept(versions, NoneDeleted));
    }

    [Fact]
    public void Kept_versions_come_in_ascending_case_id_order()
    {
        // index: case → 0: 30, 1: 10, 2: 20, 3: 10 (later) → cases 10 (index 3), 20 (index 2), 30 (index 0).
        CaseVersion[] versions = [V(30, 20200101, 5), V(10, 20200101, 6), V(20, 20200101, 7), V(10, 20200202, 8)];

        Assert.Equal([3, 2, 0], CaseDeduplication.SelectKept(versions, NoneDeleted));
    }

    [Fact]
    public void A_deleted_case_is_dropped_whichever_version_is_latest()
    {
        // Case 10 has two versions and is on a DELETE list; case 20 stays.
        CaseVersion[] versions = [V(10, 20200101, 1), V(10, 20220101, 2), V(20, 20200101, 3)];

        Assert.Equal([2], CaseDeduplication.SelectKept(versions, new HashSet<long> { 10 }));
    }

    [Fact]
    public void Deleted_ids_of_cases_never_seen_change_nothing()
    {
        CaseVersion[] versions = [V(10, 20200101, 1), V(20, 20200101, 2)];

        Assert.Equal([0, 1], CaseDeduplication.SelectKept(versions, new HashSet<long> { 15, 99 }));
    }

    [Fact]
    public void The_choice_does_not_depend_on_input_order()
    {
        CaseVersion[] versions =
        [
            V(1, 20200101, 11), V(1, 20200301, 12), V(2, 20200101, 21, 8081), V(2, 20200101, 21, 8083),
            V(3, 20200505, 32), V(3, 20200505, 31), V(4, 0, 41), V(4, 20190101, 40),
        ];

        // Hand-picked winners: case 1 → pid 12 (later date); 2 → quarter 8083; 3 → pid 32; 4 → the 2019 date beats unknown (0).
        CaseVersion[] expected = [V(1, 20200301, 12), V(2, 20200101, 21, 8083), V(3, 20200505, 32), V(4, 20190101, 40)];
        var reversed = versions.Reverse().ToArray();
        var rotated = versions.Skip(3).Concat(versions.Take(3)).ToArray();
        foreach (var order in new[] { versions, reversed, rotated })
        {
            var kept = CaseDeduplication.SelectKept(order, new HashSet<long>());
            Assert.Equal(expected, kept.Select(i => order[i]));
        }
    }
}
