using Causa.Core.Vocabulary;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Vocabulary;

public sealed class TermProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var r = new TermResolver();
        foreach (var q in new[] { "backache", "Back pain", "back pains", "pain in my back", "my back hurts", "rugpijn", "hoofdpijn", "Rückenschmerzen", "mal de dos", "dolor de espalda", "can't sleep", "cant sleep", "insomina", "belly fat", "restless legs", "brain fog", "pins and needles", "I have terrible back pain since monday", "angst", "xyzzy", "sciatica", "swelling", "ik heb hoofdpijn", "ich habe Kopfschmerzen", "j'ai mal au dos", "tengo dolor de cabeza", "headach" })
        {
            var l = r.Lookup(q);
            output.WriteLine($"{q} -> {l.Match} {l.Kind} {l.Language} {l.Confidence} alts=[{string.Join(",", l.Alternatives.Select(a => a.Term))}] rel=[{string.Join(",", l.Related)}] sugg=[{string.Join(",", l.Suggestions)}]");
        }
    }
}
