using System.CommandLine;
using System.Globalization;
using Causa.Core.Evidence;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa source add PATH... [--kind K]</c> imports label, indication and count-table sources into the store folder;
/// <c>causa source list [--json]</c> shows what is loaded (period, unit, rows, licence). Adding is all-or-nothing: when any
/// source fails, the file on disk is left as it was. A source with the name of a loaded one replaces it.
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
            Description = "Source files or folders: SIDER drug_names.tsv + meddra_all_se/meddra_freq(.tsv.gz), OnSIDES adverse_reactions.csv, DrugCentral drug_indication.tsv, MEDI csv(.gz), PharmacotherapyDB indications.tsv, count tables (csv or a folder of parts).",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string?>("--kind") { Description = "Kind of every path: sider, onsides, drugcentral, medi, pharmacotherapydb or counts (default: detected from file names and headers)." };
        var command = new Command("add", "Import evidence sources into the store folder.") { paths, kind };
        command.SetAction(parseResult =>
        {
            EvidenceSourceKind? k = null;
            if (parseResult.GetValue(kind) is { } text)
            {
                if (!TryParseKind(text, out var parsed))
                {
                    context.Error.WriteLine($"causa: --kind '{text}' is not one of sider, onsides, drugcentral, medi, pharmacotherapydb, counts.");
                    return ExitCodes.BadInput;
                }

                k = parsed;
            }

            return Add(context, context.ResolveStoreDirectory(parseResult), parseResult.GetValue(paths) ?? [], k);
        });
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var command = new Command("list", "Show the loaded evidence sources with period, unit, rows and licence.") { json };
        command.SetAction(parseResult =>
        {
            var store = context.ResolveStoreDirectory(parseResult);
            if (!EvidenceSourceFile.TryLoad(store, out var sources, out var error))
            {
                context.Error.WriteLine("causa: " + error);
                return ExitCodes.BadData;
            }

            if (parseResult.GetValue(json))
            {
                JsonOutput.WriteResponse<IReadOnlyList<Causa.Application.Sources.SourceListEntry>>(context, [.. sources.Select(Causa.Application.Sources.SourceListEntry.From)]);
                return ExitCodes.Ok;
            }

            if (sources.Count == 0)
            {
                context.Console.MarkupLine("No evidence sources loaded. Add some with [bold]causa source add PATH...[/]");
                return ExitCodes.Ok;
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

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static bool TryParseKind(string text, out EvidenceSourceKind kind)
    {
        kind = default;
        switch (text.Trim().ToLowerInvariant())
        {
            case "sider": kind = EvidenceSourceKind.Sider; return true;
            case "onsides": kind = EvidenceSourceKind.Onsides; return true;
            case "drugcentral": kind = EvidenceSourceKind.DrugCentral; return true;
            case "medi": kind = EvidenceSourceKind.Medi; return true;
            case "pharmacotherapydb": kind = EvidenceSourceKind.PharmacotherapyDb; return true;
            case "counts": kind = EvidenceSourceKind.Counts; return true;
            default: return false;
        }
    }

    private static bool IsSiderFile(string path) => SourceImporter.Detect(path) == EvidenceSourceKind.Sider && !Directory.Exists(path);

    private static int Add(CliContext context, string store, string[] paths, EvidenceSourceKind? kind)
    {
        if (!EvidenceSourceFile.TryLoad(store, out var existing, out var error) || !VocabularyFile.TryLoad(store, out var vocabulary, out error))
        {
            context.Error.WriteLine("causa: " + error);
            return ExitCodes.BadData;
        }

        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            context.Error.WriteLine($"causa: no such file or folder: {string.Join(", ", missing)}");
            return ExitCodes.BadInput;
        }

        // A folder holding SIDER's files stands for those files (its README and ATC table are not sources); any other
        // folder is one count table in parts, as the TAKMU and openFDA tables come.
        paths = [.. paths.SelectMany<string, string>(static p => Directory.Exists(p) && Directory.EnumerateFiles(p).Any(IsSiderFile)
            ? Directory.EnumerateFiles(p).Where(IsSiderFile).Order(StringComparer.Ordinal)
            : [p])];

        // Known terms let indication names ("fibromyalgia") land on the PT spelling the other sources use.
        var knownTerms = new EvidenceSources(existing).Terms().ToList();
        var opened = CaseStore.Open(store);
        if (opened.Succeeded)
        {
            using (opened.Store)
            {
                knownTerms.AddRange(opened.Store!.Terms);
            }
        }

        // Labels and count tables first: their preferred terms then help map the indication sources' condition names.
        var drugs = new Causa.Core.Names.DrugResolver(vocabulary);
        var now = context.Time.GetUtcNow();
        static bool IsIndication(EvidenceSourceKind? k) => k is EvidenceSourceKind.DrugCentral or EvidenceSourceKind.Medi or EvidenceSourceKind.PharmacotherapyDb;
        var first = paths.Where(p => !IsIndication(kind ?? SourceImporter.Detect(p))).ToList();
        var second = paths.Where(p => IsIndication(kind ?? SourceImporter.Detect(p))).ToList();
        var results = first.Count == 0 ? [] : SourceImporter.Import(first, kind, new SourceNameMapper(drugs, new TermResolver(vocabulary, knownTerms)), now).ToList();
        if (second.Count > 0)
        {
            knownTerms.AddRange(new EvidenceSources(results.Where(static r => r.Succeeded).Select(static r => r.Source!)).Terms());
            results.AddRange(SourceImporter.Import(second, kind, new SourceNameMapper(drugs, new TermResolver(vocabulary, knownTerms)), now));
        }

        var failed = results.Where(static r => !r.Succeeded).ToList();
        foreach (var f in failed)
        {
            context.Error.WriteLine("causa: " + f.Error);
        }

        if (failed.Count > 0)
        {
            context.Error.WriteLine("causa: nothing was added (sources are added all-or-nothing).");
            return ExitCodes.BadData;
        }

        var added = results.Select(static r => r.Source!).ToList();
        var names = new HashSet<string>(added.Select(static s => s.Info.Name), StringComparer.OrdinalIgnoreCase);
        var all = existing.Where(s => !names.Contains(s.Info.Name)).Concat(added).ToList();
        var path = EvidenceSourceFile.Save(store, all);
        var c = CultureInfo.InvariantCulture;
        foreach (var s in added)
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

        context.Console.MarkupLine(Markup.Escape(string.Create(c, $"{all.Count} source(s) in {path}")));
        return ExitCodes.Ok;
    }
}
