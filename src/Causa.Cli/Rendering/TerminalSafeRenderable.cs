using Spectre.Console.Rendering;

namespace Causa.Cli.Rendering;

/// <summary>A renderable drawn as another, with the text of each segment passed through <see cref="TerminalText"/>.</summary>
internal sealed class TerminalSafeRenderable(IRenderable inner) : IRenderable
{
    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        foreach (var segment in inner.Render(options, maxWidth))
        {
            yield return segment.IsControlCode || segment.IsLineBreak || !TerminalText.NeedsEscaping(segment.Text)
                ? segment
                : new Segment(TerminalText.Escape(segment.Text), segment.Style);
        }
    }
}
