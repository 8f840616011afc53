using System.CommandLine;
using System.Globalization;
using Causa.Application;
using Causa.Application.Errors;
using Causa.Application.Vocab;
using Causa.Core;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa vocab import PATH...</c> (add name sources to the store's vocabulary), <c>causa vocab update</c> (download the
/// public-domain sources from their publishers, then import them) and <c>causa vocab info</c>. Imports are all-or-nothing:
/// when any file fails, the vocabulary on disk is left as it was.
/// </summary>
internal static class VocabCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("vocab", "Manage the drug and event vocabulary used to resolve names.");
        command.Add(CreateImport(context));
        command.Add(CreateUpdate(context));
        command.Add(CreateInfo(context));
        command.Add(CreateApply(context));
        return command;
    }

    private static Command CreateImport(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Source files: Drugs@FDA Products.txt or its zip, the EMA medicines list, an OMOP/RxNorm ingredient extract, RxNorm product → ingredient tables, OnSIDES ingredient and RxNorm mapping files, DrugCentral identifiers.tsv / pharm_class.tsv, openFDA harmonized JSON lines, SIDER drug_names.tsv / meddra_all_se.tsv(.gz), FAERS DRUG tables.",
            Arity = ArgumentArity.OneOrMore,
        };
        var wait = WriteLockOption.Create();
        var command = new Command("import", "Import vocabulary source files into the store's vocabulary.") { paths, wait };
        command.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(WriteLockOption.TryGet(context, parseResult, wait, out var writeLock)
                ? Import(context, context.ResolveStoreDirectory(parseResult), parseResult.GetValue(paths) ?? [], writeLock)
                : ExitCodes.BadInput));
        return command;
    }

    private static Command CreateUpdate(CliContext context)
    {
        var urls = new Option<string[]>("--url")
        {
            Description = "Source URL(s) to download instead of the publishers' defaults (Drugs@FDA: " + VocabularyUpdateRequest.DrugsAtFdaUrl + ").",
            AllowMultipleArgumentsPerToken = true,
        };
        var wait = WriteLockOption.Create();
        var command = new Command("update", "Download the public-domain name sources (Drugs@FDA) and import them; needs internet access.") { urls, wait };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return ExitCodes.BadInput;
            }

            var service = new VocabularyService(context.ResolveStoreDirectory(parseResult), context.Time, writeLock);
            var request = new VocabularyUpdateRequest(parseResult.GetValue(urls));
            var progress = new ImportReporter(context);
            var updated = await service.UpdateAsync(request, context.HttpHandler, progress, cancellationToken).ConfigureAwait(false);
            return Render(context, updated, progress.Files);
        });
        return command;
    }

    private static Command CreateInfo(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var command = new Command("info", "Show what the store's vocabulary holds and where it came from.") { json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (!new VocabularyService(context.ResolveStoreDirectory(parseResult), context.Time).Info().TryGetValue(out var vocabulary, out var error))
            {
                return Task.FromResult(CliErrors.Report(context, error));
            }

            var learned = vocabulary.Learned;
            if (parseResult.GetValue(json))
            {
                var learnedJson = learned is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
                    $",\"learned\":{{\"pairs\":{learned.Pairs},\"rows\":{learned.Rows},\"names\":{learned.LearnedNames},\"conflicts\":{learned.Conflicts}}}");
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"ingredients\":{vocabulary.Ingredients},\"brands\":{vocabulary.Brands},\"classes\":{vocabulary.Classes},\"event_synonyms\":{vocabulary.EventSynonyms},\"lay_terms\":{vocabulary.LayTerms},\"sources\":{vocabulary.Sources.Count}{learnedJson}}}"));
                return Task.FromResult(ExitCodes.Ok);
            }

            context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Vocabulary: {vocabulary.Ingredients:N0} ingredients, {vocabulary.Brands:N0} brand and synonym names, {vocabulary.Classes:N0} classes, {vocabulary.EventSynonyms:N0} imported event wordings; bundled lay terms: {vocabulary.LayTerms:N0}."));
            if (learned is not null)
            {
                context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"Learned from the store's FAERS rows: {learned.LearnedNames:N0} names ({learned.Pairs:N0} name/prod_ai pairs, {learned.Rows:N0} rows); {learned.Conflicts:N0} names not learned (their rows name different ingredients, none in ≥ 60% of them). Re-applied on every ingest."));
            }

            WriteSources(context, vocabulary.Sources);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command CreateApply(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var wait = WriteLockOption.Create();
        var command = new Command("apply", "Re-resolve the store's drug names with the current vocabulary (no quarterly files needed).") { json, wait };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(WriteLockOption.TryGet(context, parseResult, wait, out var writeLock)
            ? Apply(context, context.ResolveStoreDirectory(parseResult), parseResult.GetValue(json), writeLock)
            : ExitCodes.BadInput));
        return command;
    }

    /// <summary>Re-resolves the store in <paramref name="store"/> with its folder's vocabulary; returns the exit code.</summary>
    internal static int Apply(CliContext context, string store, bool json, WriteLockOptions writeLock)
    {
        if (!new VocabularyService(store, context.Time, writeLock).Apply().TryGetValue(out var result, out var error))
        {
            return CliErrors.Report(context, error);
        }

        if (json)
        {
            JsonOutput.WriteResponse(context, result);
        }
        else
        {
            context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Re-resolved {result.Entries:N0} drug entries in {result.Seconds:N1} s: {result.EntriesChanged:N0} changed; {result.IngredientsBefore:N0} → {result.Ingredients:N0} ingredients ({result.Cases:N0} cases, unchanged)."));
        }

        return ExitCodes.Ok;
    }

    private static int Import(CliContext context, string store, string[] paths, WriteLockOptions writeLock)
    {
        var progress = new ImportReporter(context);
        var imported = new VocabularyService(store, context.Time, writeLock).Import(new VocabularyImportRequest(paths), progress);
        return Render(context, imported, progress.Files);
    }

    private static int Render(CliContext context, Result<VocabularyImportResponse> imported, List<VocabularyImportResult> files)
    {
        if (imported.Error is { Remedy: Remedy.StartNewVocabulary } unreadable)
        {
            // The vocabulary could not be read, so no file was read and there is no table to show.
            return CliErrors.Report(context, unreadable);
        }

        var table = new Table().AddColumns("File", "Source", "Rows", "Rejected", "Result");
        foreach (var r in files)
        {
            table.AddRow(
                Markup.Escape(r.FileName),
                r.Source?.ToString() ?? "-",
                r.Rows.ToString("N0", CultureInfo.InvariantCulture),
                r.Rejected.ToString("N0", CultureInfo.InvariantCulture),
                r.Succeeded ? "[green]imported[/]" : "[red]failed[/]");
        }

        if (files.Count > 0)
        {
            context.Console.Write(table);
        }

        if (!imported.TryGetValue(out var saved, out var error))
        {
            return CliErrors.Report(context, error);
        }

        context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Saved {Markup.Escape(saved.Path)}: {saved.Ingredients:N0} ingredients, {saved.Names:N0} names, {saved.Classes:N0} classes, {saved.EventWordings:N0} event wordings."));
        if (saved.StoreNeedsApply)
        {
            context.Console.MarkupLine("Run [bold]causa vocab apply[/] to re-resolve the drug names already in the store with it (future ingests use it automatically).");
        }

        return ExitCodes.Ok;
    }

    private static void WriteSources(CliContext context, IReadOnlyList<VocabularySourceInfo> sources)
    {
        if (sources.Count == 0)
        {
            context.Console.MarkupLine("No sources imported yet: 'causa vocab import FILE...' adds them.");
            return;
        }

        var table = new Table().AddColumns("Source", "File", "Rows", "Rejected");
        foreach (var s in sources)
        {
            table.AddRow(s.Source.ToString(), Markup.Escape(s.FileName), s.Rows.ToString("N0", CultureInfo.InvariantCulture), s.Rejected.ToString("N0", CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    /// <summary>Shows each skipped file as it happens and keeps the files read for the table (synchronously, unlike
    /// <see cref="Progress{T}"/>, so lines keep their order).</summary>
    private sealed class ImportReporter(CliContext context) : IProgress<VocabularyImportProgress>
    {
        public List<VocabularyImportResult> Files { get; } = [];

        public void Report(VocabularyImportProgress value)
        {
            if (value.Downloaded is { } downloaded)
            {
                context.Console.MarkupLine($"Downloaded {Markup.Escape(downloaded.Source.ToString())} → {Markup.Escape(downloaded.Path)}");
            }
            else if (value.SkippedFile is { } skipped)
            {
                context.Console.MarkupLine($"[grey]skipped {Markup.Escape(skipped)}: not a vocabulary source[/]");
            }
            else if (value.File is { } file)
            {
                Files.Add(file);
            }
        }
    }
}
