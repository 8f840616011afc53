using Causa.Core.Model;

namespace Causa.Application.Fetch;

/// <summary>One quarter to download.</summary>
/// <param name="Quarter">The quarter; null for the newest one FDA has published.</param>
/// <param name="Directory">Target folder (absolute path); created when missing.</param>
/// <param name="StoreDirectory">The store folder <paramref name="Directory"/> belongs to (the default downloads folder is
/// inside it), whose writer lock the download then holds; null for a folder of the user's choosing.</param>
public sealed record FetchRequest(Quarter? Quarter, string Directory, string? StoreDirectory = null);
