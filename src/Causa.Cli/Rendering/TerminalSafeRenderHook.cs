using Spectre.Console.Rendering;

namespace Causa.Cli.Rendering;

/// <summary>
/// A render hook on the rich console that passes the text of every segment through <see cref="TerminalText"/>:
/// tables, messages and progress lines alike, whichever command drew them. Spectre's own control codes (colours,
/// cursor moves of a live display) are separate segments and pass untouched.
/// </summary>
/// <remarks>Attach it before any other hook: the pipeline runs the hooks attached last first, so this one then sees
/// the renderables a live display adds as well. Widths are measured on the raw text, so a row holding an escaped
/// character may run wider than its column; the characters never reach the terminal raw.</remarks>
internal sealed class TerminalSafeRenderHook : IRenderHook
{
    /// <inheritdoc />
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(static r => r is TerminalSafeRenderable ? r : new TerminalSafeRenderable(r));
}
