using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Causa.Cli.Rendering;

/// <summary>A progress column showing rows read per second, taken from the task's "rows" state.</summary>
internal sealed class RowsPerSecondColumn : ProgressColumn
{
    public const string RowsKey = "rows";

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var rows = task.State.Get<double>(RowsKey);
        var elapsed = task.ElapsedTime?.TotalSeconds ?? 0;
        var rate = elapsed > 0 ? rows / elapsed : 0;
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{rate:N0} rows/s"), Style.Plain);
    }
}
