using Causa.Application.Errors;
using Causa.Core;

namespace Causa.Cli;

/// <summary>The one place where the application layer's errors become CLI words and exit codes.</summary>
internal static class CliErrors
{
    /// <summary>Writes <c>causa: MESSAGE[ REMEDY]</c> to standard error and returns the exit code for the error's kind.
    /// A message of several lines (one per failed file of an all-or-nothing import) gives one <c>causa:</c> line each.</summary>
    public static int Report(CliContext context, Error error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var line in (error.Message + RemedyText(error.Remedy)).Split('\n'))
        {
            context.Error.WriteLine("causa: " + line);
        }

        return ExitCodes.For(error.Kind);
    }

    /// <summary>What the user can do, in the CLI's words (commands to run); empty for <see cref="Remedy.None"/>. Each is
    /// written to follow the message it belongs to: a sentence for an error, a clause for a note (<c>; run ...</c>).</summary>
    public static string RemedyText(Remedy remedy) => remedy switch
    {
        Remedy.IngestFirst => " Ingest FAERS files first: `causa ingest PATH` (or `causa quickstart`).",
        Remedy.ReimportVocabulary => " (re-import it with 'causa vocab import', or delete it to use the built-in names).",
        Remedy.ImportDrugClasses => " Import DrugCentral's classes and names first: " +
            "`causa vocab import drugcentral_2016/pharm_class.tsv drugcentral_2016/identifiers.tsv` (the drugcentral_2016 folder beside the FAERS data).",
        Remedy.StartNewVocabulary => " — delete it to start a new vocabulary.",
        Remedy.WaitForWriter => " Run the command again once it has finished, or give --wait more seconds (default 30).",
        Remedy.TryAnotherClass => " Try a class name such as antidepressant, SSRI, statin, opioid, NSAID or beta blocker.",
        Remedy.ReaddSources => " (re-add the sources with 'causa source add')",
        Remedy.AddEvidenceSources => " with 'causa source add'",
        Remedy.ComputeSignalScan => "; run `causa signals` to compute EBGM for every pair",
        Remedy.RecomputeSignalScan => "; run `causa signals` to refresh it",
        Remedy.ComputeSignalScanAllRoles => "; run `causa signals --roles all` for these",
        Remedy.ComputeSignalScanSuspectRoles => "; run `causa signals --roles suspect` for these",
        Remedy.ImportLocalVocabularyFiles => "; `causa vocab update` needs internet access — without it, import local files with `causa vocab import`.",
        Remedy.AcceptMostlyRejectedTables => " If the file is what you meant to read, `causa ingest --accept-mostly-rejected-tables PATH` keeps its accepted rows.",
        Remedy.ReingestStore => " Ingest the FAERS quarters again into a new folder: `causa ingest PATH --store NEW_FOLDER` (or move cases.causa away and ingest into this one).",
        Remedy.RebuildNameIndex => "; `causa vocab apply` rebuilds it (so do the next ingest and `causa vocab import`)",
        _ => string.Empty,
    };
}
