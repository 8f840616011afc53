namespace Causa.Application.Vocab;

/// <summary>Download the public-domain name sources from their publishers, then import them into the store folder's vocabulary.</summary>
/// <param name="Urls">http(s) URLs to download instead of the publishers' defaults (<see cref="DrugsAtFdaUrl"/>); null or empty for the defaults.</param>
public sealed record VocabularyUpdateRequest(IReadOnlyList<string>? Urls = null)
{
    /// <summary>Drugs@FDA's public download (a zip holding Products.txt).</summary>
    public const string DrugsAtFdaUrl = "https://www.fda.gov/media/89850/download";

    /// <summary>The URLs this request downloads: those given, else <see cref="DrugsAtFdaUrl"/>.</summary>
    public IReadOnlyList<string> EffectiveUrls => Urls is { Count: > 0 } given ? given : [DrugsAtFdaUrl];
}
