using System.Text;

namespace Causa.Cli.Rendering;

/// <summary>
/// A <see cref="TextWriter"/> that passes everything to another writer through <see cref="TerminalText"/>: the
/// standard output and error of the CLI, so no command can write a control or bidi character from data raw.
/// </summary>
/// <remarks>JSON passes unchanged in meaning (System.Text.Json already escapes C0 controls; any other escaped
/// character can only sit inside a JSON string, where the escape stands for the same character). Does not own the
/// inner writer. Thread-safe as far as the inner writer is.</remarks>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (TerminalText.NeedsEscaping([value]))
        {
            inner.Write(TerminalText.Escape([value]));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(TerminalText.Escape(value));
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (TerminalText.NeedsEscaping(buffer))
        {
            inner.Write(TerminalText.Escape(buffer));
        }
        else
        {
            inner.Write(buffer);
        }
    }

    /// <inheritdoc />
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc />
    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        inner.WriteLine();
    }

    /// <inheritdoc />
    public override Task WriteAsync(string? value) => inner.WriteAsync(value is null ? null : TerminalText.Escape(value));

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(value is null ? null : TerminalText.Escape(value));

    /// <inheritdoc />
    public override Task WriteLineAsync() => inner.WriteLineAsync();

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync() => inner.FlushAsync();
}
