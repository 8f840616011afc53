using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Causa.Application.Tests.Architecture;

/// <summary>
/// The engine (Causa.Core, Causa.Storage.Files, Causa.Faers) never tells the user to run a CLI command: it returns a
/// <see cref="Causa.Core.Remedy"/> that each front end puts into its own words. This reads every string literal the
/// compiled engine holds (the user-string heap, which holds every <c>ldstr</c> and every literal part of an
/// interpolated string, and string constants) and fails on a phrase like <c>causa signals</c>.
/// </summary>
public sealed partial class EngineMessageTests
{
    public static TheoryData<string> EngineAssemblies => new()
    {
        typeof(Causa.Core.Remedy).Assembly.Location,
        typeof(Causa.Storage.Files.CaseStore).Assembly.Location,
        typeof(Causa.Faers.Ingest.FaersIngestor).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(EngineAssemblies))]
    public void Engine_string_literals_name_no_cli_command(string assemblyPath)
    {
        var offending = StringLiterals(assemblyPath).Where(s => CliCommand().IsMatch(s)).ToList();

        Assert.True(offending.Count == 0, $"{Path.GetFileName(assemblyPath)} names CLI commands (return a Remedy instead):"
            + Environment.NewLine + string.Join(Environment.NewLine, offending));
    }

    [Fact]
    public void The_phrase_pattern_finds_commands_in_prose()
    {
        Assert.Matches(CliCommand(), "no MGPS scan saved; run `causa signals` to compute EBGM");
        Assert.Matches(CliCommand(), "re-add the sources with 'causa source add'");
        Assert.Matches(CliCommand(), "import them first: causa vocab import drugcentral.tsv");
        Assert.DoesNotMatch(CliCommand(), "not a Causa evidence-source file");
        Assert.DoesNotMatch(CliCommand(), "this Causa reads version 2");
        Assert.DoesNotMatch(CliCommand(), "Causa's bundled lexicon");
    }

    [Fact]
    public void Every_string_literal_of_an_assembly_is_read()
    {
        // A message known to be in Causa.Core as an interpolated string's literal part.
        var literals = StringLiterals(typeof(Causa.Core.Remedy).Assembly.Location).ToList();

        Assert.Contains(literals, s => s.Contains("No loaded source knows enough about", StringComparison.Ordinal));
    }

    private static IEnumerable<string> StringLiterals(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var literals = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            literals.Add(reader.GetUserString(handle));
            handle = reader.GetNextHandle(handle);
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.Constant); row++)
        {
            var constant = reader.GetConstant(MetadataTokens.ConstantHandle(row));
            if (constant.TypeCode == ConstantTypeCode.String)
            {
                var blob = reader.GetBlobReader(constant.Value);
                literals.Add(blob.ReadUTF16(blob.Length));
            }
        }

        return literals;
    }

    // "causa" (the command, lower case; "Causa" is the product) followed by one of the CLI's commands as a word of its
    // own ("a Causa evidence-source file" is prose).
    [GeneratedRegex(@"\bcausa\s+(ask|evidence|top|case|info|resolve|ingest|fetch|source|vocab|signals|mgps|synth|quickstart|serve)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex CliCommand();
}
