namespace Causa.TestSupport;

/// <summary>A fresh folder under the system temp folder for one test, deleted (best effort) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "causa-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Absolute path of <paramref name="name"/> inside the folder (the file need not exist).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies every file of <paramref name="folder"/> into this folder as writable copies.</summary>
    /// <returns>This folder, for chaining.</returns>
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

    /// <summary>Deletes the folder; a leftover temp folder is harmless, so failures are ignored.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
