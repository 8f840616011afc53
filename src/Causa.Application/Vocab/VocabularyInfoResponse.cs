using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Application.Vocab;

/// <summary>What the store folder's vocabulary holds and where it came from.</summary>
/// <param name="Ingredients">Ingredients.</param>
/// <param name="Brands">Brand and synonym names.</param>
/// <param name="Classes">Drug classes.</param>
/// <param name="EventSynonyms">Imported event wordings.</param>
/// <param name="LayTerms">Bundled lay terms.</param>
/// <param name="Sources">The source files imported, in import order.</param>
/// <param name="Learned">The names the store's own FAERS rows teach (drugname reported with prod_ai), merged as its
/// resolver merges them; null when the folder has no readable case store.</param>
public sealed record VocabularyInfoResponse(
    int Ingredients,
    int Brands,
    int Classes,
    int EventSynonyms,
    int LayTerms,
    IReadOnlyList<VocabularySourceInfo> Sources,
    LearnedNameSummary? Learned);
