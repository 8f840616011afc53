using System.CommandLine;
using System.Globalization;
using Causa.Application;
using Causa.Application.Sources;
using Causa.Core.Evidence;
using Causa.Core.Sources;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa source add PATH... [--kind K]</c> imports label, indication and count-table sources (files or whole source folders) into the store folder;
/// <c>causa source list [--json]</c> shows what is loaded (period, unit, rows, licence). Each path is reported on its own:
/// a failing one does not stop the others. A source with the name of a loaded one replaces it, and says so.
/// </summary>
internal static class SourceCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("source", "Manage evidence sources beyond FAERS: drug labels, indications, published count tables.");
        command.Add(CreateAdd(context));
        command.Add(CreateList(context));
        return command;
    }

    private static Command CreateAdd(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Source files or folders: SIDER drug_names.tsv + meddra_all_se/meddra_freq(.tsv.gz) or their folder, OnSIDES adverse_reactions.csv (+ boxed_warnings.csv) or its folder, DrugCentral drug_indication.tsv, MEDI csv(.gz) or its folder, PharmacotherapyDB indications.tsv or its folder, count tables (csv or a folder of parts).",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string?>("--kind") { Description = "Kind of every path: sider, sider-indications, onsides, drugcentral, medi, pharmacotherapydb or counts (default: detected from file names and headers)." };
        var wait = WriteLockOption.Create();
        var command = new Command("add", "Import evidence sources into the store folder.") { paths, kind, wait };
        command.SetAction(parseResult =>
        {
            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return ExitCodes.BadInput;
            }

            EvidenceSourceKind? k = null;
            if (parseResult.GetValue(kind) is { } text)
            {
                if (!SourceService.TryParseKind(text, out var parsed))
                {
                    context.Error.WriteLine($"causa: --kind '{text}' is not one of sider, sider-indications, onsides, drugcentral, medi, pharmacotherapydb, counts.");
                    return ExitCodes.BadInput;
                }

                k = parsed;
            }

            return Add(context, context.ResolveStoreDirectory(parseResult), parseResult.GetValue(paths) ?? [], k, writeLock);
        });
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var command = new Command("list", "Show the loaded evidence sources with period, unit, rows and licence.") { json };
        command.SetAction(parseResult =>
        {
            var listed = new SourceService(context.ResolveStoreDirectory(parseResult), context.Time).List();
            return CommandOutput.Write<IReadOnlyList<ImportedSource>, IReadOnlyList<SourceListEntry>>(context, listed, parseResult.GetValue(json),
                static sources => [.. sources.Select(SourceListEntry.From)], sources => RenderList(context.Console, sources));
        });
        return command;
    }

    private static void RenderList(IAnsiConsole console, IReadOnlyList<ImportedSource> sources)
    {
        if (sources.Count == 0)
        {
            console.MarkupLine("No evidence sources loaded. Add some with [bold]causa source add PATH...[/]");
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("source").AddColumn("kind").AddColumn("period").AddColumn("unit").AddColumn(new TableColumn("entries").RightAligned())
            .AddColumn(new TableColumn("rows used / read").RightAligned()).AddColumn(new TableColumn("rejected").RightAligned()).AddColumn("licence");
        foreach (var s in sources)
        {
            var entries = s.Counts is { } t ? $"{t.Pairs.Count:N0} cells, {t.Drugs.Count} drugs" : s.Labels.Count > 0 ? $"{s.Labels.Count:N0} label pairs" : $"{s.Indications.Count:N0} indications";
            table.AddRow(
                Markup.Escape(s.Info.Name),
                s.Info.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(s.Info.Period),
                Markup.Escape(EvidenceAssessor.UnitText(s.Info.Unit)),
                Markup.Escape(string.Create(c, $"{entries}")),
                string.Create(c, $"{s.Info.RowsAccepted:N0} / {s.Info.RowsRead:N0}"),
                s.Info.RowsRejected.ToString("N0", c),
                (s.Info.NonCommercial ? "[yellow]" : "[grey]") + Markup.Escape(s.Info.Licence) + "[/]");
        }

        console.Write(table);
    }

    /// <summary>Writes each added source's rows and licence, then every other outcome (see <see cref="RenderOutcomes"/>).</summary>
    /// <param name="context">The console and error stream.</param>
    /// <param name="response">What was added.</param>
    /// <param name="heading">A line written first, or null for none.</param>
    internal static void RenderAdded(CliContext context, SourceAddResponse response, string? heading)
    {
        if (heading is not null)
        {
            context.Console.WriteLine();
            context.Console.MarkupLine("[bold]" + Markup.Escape(heading) + "[/]" + (response.Outcomes.Count == 0 ? Markup.Escape(": none") : string.Empty));
        }

        var c = CultureInfo.InvariantCulture;
        foreach (var s in response.Added)
        {
            var i = s.Info;
            context.Console.MarkupLine(Markup.Escape(string.Create(c, $"{i.Name}: {i.RowsAccepted:N0} of {i.RowsRead:N0} rows used, {i.RowsSkipped:N0} skipped, {i.RowsRejected:N0} rejected; {i.Period}; {i.Licence}")));
            foreach (var r in i.Rejections.Take(5))
            {
                context.Console.MarkupLine("  [grey]" + Markup.Escape(r.ToString()) + "[/]");
            }

            if (i.NonCommercial)
            {
                context.Console.MarkupLine("  [yellow]" + Markup.Escape($"{i.Name} is licensed {i.Licence}: use it non-commercially and do not redistribute it.") + "[/]");
            }
        }

        RenderOutcomes(context, response);
    }

    /// <summary>Writes every outcome but a plain "added" (shown with its rows above): replaced and duplicate sources and
    /// skipped files on the console, failed and missing paths on the error stream, one line each.</summary>
    internal static void RenderOutcomes(CliContext context, SourceAddResponse response)
    {
        foreach (var o in response.Outcomes.Where(static o => o.Status != SourcePathOutcome.Added))
        {
            if (o.Status is SourcePathOutcome.Failed or SourcePathOutcome.Missing)
            {
                // An import failure names its file and line already ("bad.csv:1: ..."); other reasons need the path.
                context.Error.WriteLine(o.Reason is { } r && r.StartsWith(Path.GetFileName(o.Path) + ":", StringComparison.Ordinal) ? $"causa: {r}" : $"causa: {o.Path}: {o.Reason}");
            }
            else
            {
                context.Console.MarkupLine("  [grey]" + Markup.Escape($"{o.Status}: {o.Path}: {o.Reason}") + "[/]");
            }
        }
    }

    private static int Add(CliContext context, string store, string[] paths, EvidenceSourceKind? kind, WriteLockOptions writeLock)
    {
        if (!new SourceService(store, context.Time, writeLock).Add(new SourceAddRequest(paths, kind)).TryGetValue(out var response, out var error))
        {
            return CliErrors.Report(context, error);
        }

        RenderAdded(context, response, null);
        context.Console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{response.SourceCount} source(s) in {response.Path}")));
        return response.AnyMissing ? ExitCodes.BadInput : response.AnyFailed ? ExitCodes.BadData : ExitCodes.Ok;
    }
}
