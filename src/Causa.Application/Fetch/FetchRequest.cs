using Causa.Core.Model;

namespace Causa.Application.Fetch;

/// <summary>One quarter to download.</summary>
/// <param name="Quarter">The quarter; null for the newest one FDA has published.</param>
/// <param name="Directory">Target folder (absolute path); created when missing.</param>
public sealed record FetchRequest(Quarter? Quarter, string Directory);
