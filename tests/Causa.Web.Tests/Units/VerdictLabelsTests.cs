using Causa.Core.Verdicts;
using Causa.Web.Models;

namespace Causa.Web.Tests.Units;

public sealed class VerdictLabelsTests
{
    [Fact]
    public void Words_are_the_engine_words_and_each_has_its_own_meaning()
    {
        Assert.Equal(["insufficient-data", "none-found", "weak", "possible", "established"], VerdictLabels.AllCause.Select(static l => l.Word));
        Assert.Equal(["none-found", "reported-use", "off-label", "approved"], VerdictLabels.AllHelp.Select(static l => l.Word));
        Assert.All(VerdictLabels.AllCause.Concat(VerdictLabels.AllHelp), static l => Assert.False(string.IsNullOrWhiteSpace(l.Meaning)));
        Assert.Equal(VerdictLabels.AllCause.Count, VerdictLabels.AllCause.Select(static l => l.Meaning).Distinct().Count());
        Assert.Equal("weak", VerdictLabels.For(CauseVerdict.Weak).Word);
    }
}
