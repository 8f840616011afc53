using System.Globalization;
using System.Text.Json.Nodes;
using Causa.Core.Query;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Cli;

/// <summary>The one way commands turn a user's drug and event text into store ids: the store folder's vocabulary and the
/// store's learned names, through <see cref="StoreNameLookup"/>.</summary>
internal static class NameLookups
{
    /// <summary>Creates the lookup for a file store, with the vocabulary saved in its folder; on an unreadable vocabulary file writes why and returns null.</summary>
    public static StoreNameLookup? Open(CliContext context, CaseStore store) => Open(context, store, store.Directory);

    /// <summary>Creates the lookup for <paramref name="store"/>; on an unreadable vocabulary file writes why and returns null.</summary>
    public static StoreNameLookup? Open(CliContext context, ICaseStore store, string storeDirectory)
    {
        if (StoreNameLookup.TryCreate(store, storeDirectory, out var lookup, out var error))
        {
            return lookup;
        }

        context.Error.WriteLine($"causa: {error} (re-import it with 'causa vocab import', or delete it to use the built-in names).");
        return null;
    }

    /// <summary>How a name was resolved, as a JSON object: <c>input</c>, <c>match</c>, <c>kind</c>, <c>confidence</c>
    /// (and for events <c>language</c> and <c>related</c>).</summary>
    public static JsonObject ToJson(NameMatch match, bool isEvent)
    {
        var node = new JsonObject
        {
            ["input"] = match.Input,
            ["match"] = match.Name,
            ["kind"] = match.How,
            ["confidence"] = Math.Round(match.Confidence, 3),
        };
        if (isEvent)
        {
            node["language"] = match.Language;
            node["related"] = new JsonArray([.. match.Related.Select(static r => (JsonNode?)JsonValue.Create(r))]);
        }

        return node;
    }

    /// <summary>"(“Remeron” → MIRTAZAPINE, brand, confidence 1.00)"; empty when the input is the name itself.</summary>
    public static string Describe(NameMatch match)
    {
        if (string.Equals(match.Input.Trim(), match.Name, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var how = match.How.Replace('_', ' ') + (match.Language is null ? string.Empty : " " + match.Language);
        return string.Create(CultureInfo.InvariantCulture, $"\"{match.Input.Trim()}\" → {match.Name}, {how}, confidence {match.Confidence:0.00}");
    }
}
