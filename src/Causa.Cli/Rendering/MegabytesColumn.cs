using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Causa.Cli.Rendering;

/// <summary>A progress column showing "done / total MB" of uncompressed text.</summary>
internal sealed class MegabytesColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value / 1e6:N1}/{task.MaxValue / 1e6:N1} MB"), Style.Plain);
}
