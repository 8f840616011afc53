using Causa.Core.Model;
using Causa.Core.Statistics;

namespace Causa.Core.Storage;

/// <summary>MGPS scores of every reported pair, computed by a whole-store scan and saved with the store.</summary>
/// <remarks>Thread-safe for reads. Dispose when done (a file implementation holds a mapping).</remarks>
public interface ISavedScores : IDisposable
{
    /// <summary>Drug roles the scan counted.</summary>
    RoleFilter Roles { get; }

    /// <summary>The scores of one pair; null when the pair has no case (N = 0, so EBGM was not computed) or an id is unknown.</summary>
    (int N, double E, MgpsScore Score)? Find(int ingredientId, int termId);
}
