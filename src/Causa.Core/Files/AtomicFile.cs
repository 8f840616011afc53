using System.Diagnostics;
using System.Globalization;

namespace Causa.Core.Files;

/// <summary>
/// The one way Causa replaces a file: write a temporary file in the target's folder, flush it to disk, rename it over
/// the target. A crash or kill at any point leaves the previous file intact (or no file), never a torn one; readers that
/// opened the old file keep reading it.
/// </summary>
/// <remarks>
/// <para>Temporary names are <c>.NAME.PID.GUID.tmp</c>: unique per process and per call, so concurrent writers never
/// share one, and hidden beside the target. Before writing, temporaries of the same target left by processes that no
/// longer run (a crashed earlier writer) are deleted; other files are never touched.</para>
/// <para>Thread-safe. When two writers race, the last rename wins whole.</para>
/// </remarks>
public static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    /// <param name="path">Target file; its folder is created when missing.</param>
    /// <param name="write">Writes the whole content; the stream is seekable and starts empty. An exception leaves the target untouched.</param>
    public static void Write(string path, Action<FileStream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var (full, temporary) = PrepareTemporary(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes, asynchronously (for content
    /// that arrives over the network).</summary>
    /// <param name="path">Target file; its folder is created when missing.</param>
    /// <param name="write">Writes the whole content; an exception or cancellation leaves the target untouched.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>; cancelling removes the temporary.</param>
    public static async Task WriteAsync(string path, Func<FileStream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var (full, temporary) = PrepareTemporary(path);
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var copy = content.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>The full target path and a fresh temporary beside it, after removing what dead writers left of it.</summary>
    private static (string Full, string Temporary) PrepareTemporary(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var name = Path.GetFileName(full);
        DeleteStaleTemporaries(directory, name);
        return (full, Path.Combine(directory, $".{name}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp"));
    }

    /// <summary>
    /// Deletes the temporaries in <paramref name="directory"/> (of any target) whose writing process is gone: what a
    /// writer killed mid-write left behind. Best effort; temporaries of running processes and every other file are kept.
    /// </summary>
    /// <remarks>A writer holding its folder's writer lock calls this before it starts, so every kind of temporary is
    /// cleaned, not only those of the file it is about to replace.</remarks>
    public static void DeleteStaleTemporaries(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        DeleteStaleTemporaries(directory, "*");
    }

    /// <summary>Deletes temporaries of <paramref name="name"/> (or of every target for "*") whose writing process is gone; best effort.</summary>
    private static void DeleteStaleTemporaries(string directory, string name)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetFiles(directory, $".{name}.*.tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            if (WriterOf(Path.GetFileName(candidate)) is not { } pid || pid == Environment.ProcessId || IsRunning(pid))
            {
                continue;
            }

            try
            {
                File.Delete(candidate);
            }
            catch (IOException)
            {
                // Another cleaner got there first, or the file is busy: leave it for the next write.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The process id in a temporary's name <c>.NAME.PID.GUID.tmp</c> (NAME may hold dots); null for any other name.</summary>
    private static int? WriterOf(string fileName)
    {
        var parts = fileName.Split('.');
        // "", NAME..., PID, GUID, "tmp"
        return parts.Length >= 5 && parts[0].Length == 0 && parts[^2].Length == 32 && parts[^2].All(char.IsAsciiHexDigit)
            && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
