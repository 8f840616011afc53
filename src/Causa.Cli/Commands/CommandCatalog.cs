using System.CommandLine;

namespace Causa.Cli.Commands;

/// <summary>The list of top-level commands; add a line here when adding a command file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return IngestCommand.Create(context);
        yield return CompactCommand.Create(context);
        yield return FetchCommand.Create(context);
        yield return InfoCommand.Create(context);
        yield return VerifyCommand.Create(context);
        yield return AskCommand.Create(context);
        yield return TopCommand.Create(context);
        yield return CaseCommand.Create(context);
        yield return TrendCommand.Create(context);
        yield return CompareCommand.Create(context);
        yield return QuickstartCommand.Create(context);
        yield return SignalsCommand.Create(context);
        yield return SynthCommand.Create(context);
        yield return MgpsCommand.Create(context);
        yield return ResolveCommand.Create(context);
        yield return VocabCommand.Create(context);
        yield return SourceCommand.Create(context);
        yield return EvidenceCommand.Create(context);
        yield return CheckCommand.Create(context);
        yield return ServeCommand.Create(context);
    }
}
