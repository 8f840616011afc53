using Causa.Core.Files;

namespace Causa.Storage.Files;

/// <summary>Reads store sections by their <see cref="SectionId"/>.</summary>
internal static class StoreSections
{
    /// <summary>A section viewed as an array of <typeparamref name="T"/>; empty when the section is absent.</summary>
    public static ReadOnlySpan<T> Get<T>(this MappedSectionFile file, SectionId id)
        where T : unmanaged => file.Get<T>((uint)id);

    /// <summary>A section viewed as an array of <typeparamref name="T"/>, verified a block at a time as it is read
    /// (<see cref="MappedSectionFile.View{T}"/>); empty when the section is absent.</summary>
    public static SectionView<T> View<T>(this MappedSectionFile file, SectionId id)
        where T : unmanaged => file.View<T>((uint)id);

    /// <summary>The number of <typeparamref name="T"/> elements of a section (0 when absent), without reading it.</summary>
    public static int Count<T>(this MappedSectionFile file, SectionId id)
        where T : unmanaged => file.Count<T>((uint)id);
}
