using System.Globalization;

namespace Causa.Core.Statistics;

/// <summary>
/// The MGPS prior θ = (α₁, β₁, α₂, β₂, P): λ ~ P·Gamma(α₁, β₁) + (1−P)·Gamma(α₂, β₂), shape/rate parameterisation
/// (DuMouchel 1999), in openEBGM's order.
/// </summary>
/// <param name="Alpha1">Shape of the first component (&gt; 0).</param>
/// <param name="Beta1">Rate of the first component (&gt; 0).</param>
/// <param name="Alpha2">Shape of the second component (&gt; 0).</param>
/// <param name="Beta2">Rate of the second component (&gt; 0).</param>
/// <param name="P">Weight of the first component, strictly between 0 and 1.</param>
public readonly record struct MgpsHyperparameters(double Alpha1, double Beta1, double Alpha2, double Beta2, double P)
{
    /// <summary>The five starting points of openEBGM's posterior-calculation vignette, used by <see cref="MgpsFitOptions"/> by default.</summary>
    public static IReadOnlyList<MgpsHyperparameters> DefaultStarts { get; } =
    [
        new(0.2, 0.1, 2, 4, 1.0 / 3),
        new(0.1, 0.1, 10, 10, 0.2),
        new(0.3, 0.5, 6, 6, 0.5),
        new(0.5, 0.3, 12, 12, 0.8),
        new(0.2, 0.2, 5, 5, 0.4),
    ];

    /// <summary>True when every α and β is finite and positive and 0 &lt; P &lt; 1.</summary>
    public bool IsValid =>
        Positive(Alpha1) && Positive(Beta1) && Positive(Alpha2) && Positive(Beta2) && double.IsFinite(P) && P > 0 && P < 1;

    /// <summary>Throws when <see cref="IsValid"/> is false.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    public void Validate()
    {
        if (!IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(MgpsHyperparameters), this, "MGPS hyperparameters need α, β > 0 (finite) and 0 < P < 1.");
        }
    }

    /// <summary>Parses "α₁,β₁,α₂,β₂,P" (invariant culture, comma-separated).</summary>
    /// <returns>False when the text does not hold five numbers forming valid hyperparameters.</returns>
    public static bool TryParse(string? text, out MgpsHyperparameters theta)
    {
        theta = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 5)
        {
            return false;
        }

        var values = new double[5];
        for (var i = 0; i < 5; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        theta = new MgpsHyperparameters(values[0], values[1], values[2], values[3], values[4]);
        return theta.IsValid;
    }

    /// <summary>openEBGM-style text: <c>alpha1=… beta1=… alpha2=… beta2=… P=…</c>, round-trippable numbers.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"alpha1={Alpha1:R} beta1={Beta1:R} alpha2={Alpha2:R} beta2={Beta2:R} P={P:R}");

    private static bool Positive(double x) => double.IsFinite(x) && x > 0;
}
