namespace Causa.Faers.Tests.Reading;

/// <summary>A fresh temporary folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "causa-reader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies every file of <paramref name="folder"/> into this folder (writable copies).</summary>
    public TempFolder CopyFrom(string folder)
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            var target = File(System.IO.Path.GetFileName(file));
            System.IO.File.Copy(file, target);
            System.IO.File.SetAttributes(target, FileAttributes.Normal);
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
