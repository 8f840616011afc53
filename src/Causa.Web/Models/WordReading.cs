namespace Causa.Web.Models;

/// <summary>How one typed word was read, shown small under the question ("remeron → mirtazapine (brand name)").</summary>
/// <param name="Typed">The word as typed.</param>
/// <param name="ReadAs">The name Causa read it as.</param>
/// <param name="How">Why, in a few words ("brand name", "Dutch").</param>
/// <param name="Alternatives">Other readings of the same words, each linking to its own answer page; empty when the
/// reading is sure.</param>
public sealed record WordReading(string Typed, string ReadAs, string How, IReadOnlyList<LinkModel> Alternatives)
{
    /// <summary>A reading without alternatives.</summary>
    public WordReading(string typed, string readAs, string how)
        : this(typed, readAs, how, [])
    {
    }
}
