namespace Causa.Cli.Tests.Contract;

/// <summary>The contract pins share one read-only store.</summary>
[CollectionDefinition(nameof(ContractCollection))]
public sealed class ContractCollection : ICollectionFixture<ContractStore>;
