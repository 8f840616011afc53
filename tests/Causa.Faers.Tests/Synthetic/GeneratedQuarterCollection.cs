namespace Causa.Faers.Tests.Synthetic;

/// <summary>Lets the synthetic-quarter test classes share one generated quarter (read-only) instead of generating one each.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedQuarterCollection : ICollectionFixture<GeneratedQuarterFixture>
{
    public const string Name = "Generated quarter";
}
