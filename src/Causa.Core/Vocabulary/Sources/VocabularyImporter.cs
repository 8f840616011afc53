using System.IO.Compression;
using System.Text;

namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Imports a vocabulary source file, recognising its kind from its first line: Drugs@FDA Products.txt (also inside the
/// Drugs@FDA zip), the EMA medicines list, an OMOP/RxNorm ingredient extract, an RxNorm product → ingredient table
/// (dhimmel's rxnorm-as-ingredient.tsv, OnSIDES rxnorm_product_to_ingredient.csv), OnSIDES ingredients.csv and
/// rxnorm_mappings.csv, DrugCentral identifiers.tsv or pharm_class.tsv, openFDA harmonized SPL records (JSON lines),
/// SIDER drug_names.tsv and meddra_all_se.tsv(.gz), or a FAERS DRUG table (learned pairs).
/// </summary>
/// <remarks>Reads the file as UTF-8 (invalid bytes are replaced, so Windows-1252 letters in names do not stop an import).</remarks>
public static class VocabularyImporter
{
    /// <summary>Imports one file into the builder.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="builder">Receives the names.</param>
    /// <returns>What was read, or an error naming the file when it is missing or not recognised.</returns>
    public static VocabularyImportResult Import(string path, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(builder);
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return VocabularyImportResult.Fail(fileName, $"{path}: file not found");
        }

        try
        {
            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = ZipFile.OpenRead(path);
                var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.Name, "Products.txt", StringComparison.OrdinalIgnoreCase));
                if (entry is null)
                {
                    return VocabularyImportResult.Fail(fileName, $"{path}: zip holds no Products.txt (expected the Drugs@FDA download)");
                }

                using var entryReader = new StreamReader(entry.Open(), Encoding.UTF8);
                return ImportText(entryReader, fileName + "/" + entry.Name, builder);
            }

            using Stream file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return ImportText(reader, fileName, builder);
        }
        catch (InvalidDataException e)
        {
            return VocabularyImportResult.Fail(fileName, $"{path}: not a valid archive ({e.Message})");
        }
        catch (IOException e)
        {
            return VocabularyImportResult.Fail(fileName, $"{path}: cannot read ({e.Message})");
        }
    }

    /// <summary>Imports text already opened; the first line decides the format.</summary>
    /// <param name="reader">The text, at its first line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult ImportText(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = reader.ReadLine();
        if (first is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        var rest = new PrependedReader(first, reader);
        if (DrugsAtFdaProductsReader.Recognises(first))
        {
            return DrugsAtFdaProductsReader.Read(rest, fileName, builder);
        }

        if (EmaMedicinesReader.Recognises(first))
        {
            return EmaMedicinesReader.Read(rest, fileName, builder);
        }

        if (DrugCentralReader.RecognisesIdentifiers(first))
        {
            return DrugCentralReader.ReadIdentifiers(rest, fileName, builder);
        }

        if (DrugCentralReader.RecognisesClasses(first))
        {
            return DrugCentralReader.ReadClasses(rest, fileName, builder);
        }

        if (OmopIngredientReader.Recognises(first))
        {
            return OmopIngredientReader.Read(rest, fileName, builder);
        }

        if (RxNormProductReader.Recognises(first))
        {
            return RxNormProductReader.Read(rest, fileName, first, builder);
        }

        if (OnSidesIngredientReader.Recognises(first))
        {
            return OnSidesIngredientReader.Read(rest, fileName, builder);
        }

        if (RxNormMappingReader.Recognises(first))
        {
            return RxNormMappingReader.Read(rest, fileName, builder);
        }

        if (ChemblDrugReader.Recognises(first))
        {
            return ChemblDrugReader.Read(rest, fileName, builder);
        }

        if (OpenFdaHarmonizedReader.Recognises(first))
        {
            return OpenFdaHarmonizedReader.Read(rest, fileName, builder);
        }

        if (SiderDrugNamesReader.Recognises(first))
        {
            return SiderDrugNamesReader.Read(rest, fileName, builder);
        }

        if (SiderSideEffectReader.Recognises(first))
        {
            return SiderSideEffectReader.Read(rest, fileName, builder);
        }

        if (FaersDrugPairsReader.Recognises(first))
        {
            return FaersDrugPairsReader.Read(rest, fileName, builder);
        }

        return VocabularyImportResult.Fail(fileName, $"{fileName}, line 1: format not recognised (expected Drugs@FDA Products.txt, the EMA list, an OMOP ingredient extract, an RxNorm product → ingredient table, OnSIDES ingredients.csv/rxnorm_mappings.csv/rxnorm_product_to_ingredient.csv, DrugCentral identifiers.tsv/pharm_class.tsv, openFDA harmonized JSON lines, Open Targets/ChEMBL drug JSON lines, SIDER drug_names.tsv/meddra_all_se.tsv or a FAERS DRUG table)") with { NotRecognised = true };
    }

    // Gives the already-read first line (and its line break) back to the format reader, whether it reads by line or by
    // character.
    private sealed class PrependedReader(string firstLine, TextReader inner) : TextReader
    {
        private string? _first = firstLine + "\n";
        private int _position;

        public override string? ReadLine()
        {
            if (_first is not null)
            {
                var line = _first[_position..^1];
                _first = null;
                return line;
            }

            return inner.ReadLine();
        }

        public override int Peek() => _first is not null ? _first[_position] : inner.Peek();

        public override int Read()
        {
            if (_first is null)
            {
                return inner.Read();
            }

            var c = _first[_position++];
            if (_position == _first.Length)
            {
                _first = null;
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_first is null)
            {
                return inner.Read(buffer, index, count);
            }

            var n = Math.Min(count, _first.Length - _position);
            _first.CopyTo(_position, buffer, index, n);
            _position += n;
            if (_position == _first.Length)
            {
                _first = null;
            }

            return n;
        }
    }
}
