using System.Globalization;

namespace Causa.Storage.Files;

/// <summary>Who holds a store's writer lock (<see cref="StoreWriteLock"/>): the process, what it is doing, and since when.</summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Command">What it is doing, in words (e.g. "causa source add").</param>
/// <param name="Since">When it took the lock.</param>
public sealed record StoreWriterRecord(int ProcessId, string Command, DateTimeOffset Since)
{
    /// <summary>Three lines: process id, command (line breaks replaced by spaces), start time (ISO 8601, UTC).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ProcessId}\n{Command.ReplaceLineEndings(" ")}\n{Since.UtcDateTime:O}\n");

    /// <summary>Reads <see cref="ToString"/>'s form; null when it is not that (missing lines, a half-written record).</summary>
    public static StoreWriterRecord? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        return lines.Length >= 3
            && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && DateTimeOffset.TryParse(lines[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since)
            ? new StoreWriterRecord(pid, lines[1], since)
            : null;
    }
}
