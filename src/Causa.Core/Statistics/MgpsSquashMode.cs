namespace Causa.Core.Statistics;

/// <summary>How <see cref="MgpsModel.Fit(ReadOnlySpan{int}, ReadOnlySpan{double}, MgpsFitOptions?)"/> reduces the pairs before maximising the likelihood.</summary>
public enum MgpsSquashMode
{
    /// <summary>
    /// Merge pairs with equal N whose E agree within a relative width of
    /// <see cref="MgpsFitOptions.GridWidth"/> (weighted-mean E). With the default width 1e-3 the log-likelihood
    /// and θ agree with <see cref="Exact"/> to about 1e-6 relative; this is the default.
    /// </summary>
    Grid = 0,

    /// <summary>Only pairs with identical (N, E) are merged: the exact likelihood.</summary>
    Exact = 1,

    /// <summary>openEBGM's <c>autoSquash</c> with its default settings (bins of equal N and similar E, weighted by bin size).</summary>
    OpenEbgm = 2,
}
