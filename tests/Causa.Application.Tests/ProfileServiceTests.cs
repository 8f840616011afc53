using System.Text.Json;
using Causa.Application.Queries;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Storage.Files;

namespace Causa.Application.Tests;

/// <summary>
/// Pair profiles through the use case, which keeps each drug's baseline for the workspace generation: every call, first
/// or later, for either role filter, gives the profile the engine computes whole.
/// </summary>
public sealed class ProfileServiceTests(AnswerStore store) : IClassFixture<AnswerStore>
{
    [Fact]
    public void Pairs_of_one_drug_get_the_whole_profile_on_first_and_later_calls_for_each_role_filter()
    {
        using var opened = CaseStore.Open(store.Directory).Store!;
        var drug = opened.FindIngredient("VEDOLIZUMAB")!.Value;
        var pair = opened.FindTerm("Colitis ulcerative")!.Value;
        var profiler = new CaseProfiler(opened);
        // A second event of the same drug, so its profile takes the baseline the first pair left.
        var other = opened.FindTerm(profiler.ForPair([drug], pair, RoleFilter.Suspect).CoReportedEvents[0].Name)!.Value;
        using var workspace = new CausaWorkspace(store.Directory);
        var queries = new QueryService(workspace);

        foreach (var roles in new[] { RoleFilter.Suspect, RoleFilter.All, RoleFilter.Suspect })
        {
            foreach (var term in new[] { pair, other, pair })
            {
                var answer = queries.Profile(new ProfileRequest("vedolizumab", opened.Terms[term], Roles: roles));

                Assert.True(answer.Succeeded, answer.Error?.Message);
                Assert.Equal(JsonSerializer.Serialize(profiler.ForPair([drug], term, roles)), JsonSerializer.Serialize(answer.Value.Profile));
            }
        }
    }
}
