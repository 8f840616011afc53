namespace Causa.Web.Models;

/// <summary>Where a block of evidence comes from.</summary>
/// <param name="Name">The source's name ("SIDER 4.1 (drug labels)").</param>
/// <param name="Period">The period it covers, in words ("labels up to 2015").</param>
/// <param name="Licence">Its licence ("CC BY-NC-SA 4.0", "public domain"), or null when the licence is not known.</param>
/// <param name="Citation">How to cite it, shown when the licence is not known; null when there is none.</param>
public sealed record SourceInfo(string Name, string Period, string? Licence, string? Citation = null);
