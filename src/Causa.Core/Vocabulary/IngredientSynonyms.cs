using System.Collections.Frozen;

namespace Causa.Core.Vocabulary;

/// <summary>
/// International (INN/British) ingredient names mapped to the US names FAERS codes with, written by the Causa project.
/// Canonical ingredient names in Causa are the US ones because <c>prod_ai</c> uses them.
/// </summary>
public static class IngredientSynonyms
{
    private static readonly FrozenDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PARACETAMOL"] = "ACETAMINOPHEN",
        ["SALBUTAMOL"] = "ALBUTEROL",
        ["LEVOSALBUTAMOL"] = "LEVALBUTEROL",
        ["ADRENALINE"] = "EPINEPHRINE",
        ["NORADRENALINE"] = "NOREPINEPHRINE",
        ["GLYCERYL TRINITRATE"] = "NITROGLYCERIN",
        ["FRUSEMIDE"] = "FUROSEMIDE",
        ["LIGNOCAINE"] = "LIDOCAINE",
        ["PETHIDINE"] = "MEPERIDINE",
        ["CICLOSPORIN"] = "CYCLOSPORINE",
        ["CICLOSPORINE"] = "CYCLOSPORINE",
        ["COLECALCIFEROL"] = "CHOLECALCIFEROL",
        ["RIFAMPICIN"] = "RIFAMPIN",
        ["ACICLOVIR"] = "ACYCLOVIR",
        ["VALACICLOVIR"] = "VALACYCLOVIR",
        ["BENZYLPENICILLIN"] = "PENICILLIN G",
        ["PHENOXYMETHYLPENICILLIN"] = "PENICILLIN V",
        ["OESTRADIOL"] = "ESTRADIOL",
        ["ETHINYLESTRADIOL"] = "ETHINYL ESTRADIOL",
        ["CLOMIFENE"] = "CLOMIPHENE",
        ["DEXAMFETAMINE"] = "DEXTROAMPHETAMINE",
        ["AMFETAMINE"] = "AMPHETAMINE",
        ["LISDEXAMFETAMINE"] = "LISDEXAMFETAMINE",
        ["METAMIZOLE"] = "DIPYRONE",
        ["MESALAZINE"] = "MESALAMINE",
        ["BECLOMETASONE"] = "BECLOMETHASONE",
        ["CHLORPHENAMINE"] = "CHLORPHENIRAMINE",
        ["GLIBENCLAMIDE"] = "GLYBURIDE",
        ["ISOPRENALINE"] = "ISOPROTERENOL",
        ["ORCIPRENALINE"] = "METAPROTERENOL",
        ["COLESTYRAMINE"] = "CHOLESTYRAMINE",
        ["SUXAMETHONIUM"] = "SUCCINYLCHOLINE",
        ["THIAMAZOLE"] = "METHIMAZOLE",
        ["CEFALEXIN"] = "CEPHALEXIN",
        ["PHENOBARBITONE"] = "PHENOBARBITAL",
        ["ALFACALCIDOL"] = "ALFACALCIDOL",
        ["LEVOTHYROXINE"] = "LEVOTHYROXINE",
        ["THYROXINE"] = "LEVOTHYROXINE",
        ["TENOFOVIR DISOPROXIL"] = "TENOFOVIR DISOPROXIL",
        ["SODIUM CROMOGLICATE"] = "CROMOLYN",
        ["CROMOGLICATE"] = "CROMOLYN",
        ["CROMOGLICIC ACID"] = "CROMOLYN",
        ["ACETYLSALICYLIC ACID"] = "ASPIRIN",
        ["VALPROIC ACID"] = "VALPROIC ACID",
        ["BUDESONIDE"] = "BUDESONIDE",
        ["TRIMETHOPRIM SULFAMETHOXAZOLE"] = "TRIMETHOPRIM SULFAMETHOXAZOLE",
        ["BUPIVACAINE"] = "BUPIVACAINE",
        ["DOSULEPIN"] = "DOTHIEPIN",
        ["FLUPENTIXOL"] = "FLUPENTHIXOL",
        ["ZUCLOPENTIXOL"] = "ZUCLOPENTHIXOL",
        ["CLORAZEPIC ACID"] = "CLORAZEPATE",
        ["DICYCLOVERINE"] = "DICYCLOMINE",
        ["HYOSCINE"] = "SCOPOLAMINE",
        ["HYOSCINE BUTYLBROMIDE"] = "SCOPOLAMINE BUTYLBROMIDE",
        ["METHYLTHIONINIUM"] = "METHYLENE BLUE",
        ["ALIMEMAZINE"] = "TRIMEPRAZINE",
        ["LEVOMEPROMAZINE"] = "METHOTRIMEPRAZINE",
        ["ERGOCALCIFEROL"] = "ERGOCALCIFEROL",
        ["TRIHEXYPHENIDYL"] = "TRIHEXYPHENIDYL",
        ["BENZHEXOL"] = "TRIHEXYPHENIDYL",
        ["CO TRIMOXAZOLE"] = "CO TRIMOXAZOLE",
        ["ESTROPIPATE"] = "ESTROPIPATE",
        ["GLYCOPYRRONIUM"] = "GLYCOPYRROLATE",
        ["TIOTROPIUM"] = "TIOTROPIUM",
        ["INDOMETACIN"] = "INDOMETHACIN",
        ["SULFASALAZINE"] = "SULFASALAZINE",
        ["SULPHASALAZINE"] = "SULFASALAZINE",
        ["AMOXYCILLIN"] = "AMOXICILLIN",
        ["CEPHALEXIN"] = "CEPHALEXIN",
        ["CLAVULANIC ACID"] = "CLAVULANATE",
        ["FOLINIC ACID"] = "LEUCOVORIN",
        ["CALCIUM FOLINATE"] = "LEUCOVORIN",
        ["FOLINATE"] = "LEUCOVORIN",
        ["VITAMIN B12"] = "CYANOCOBALAMIN",
        ["VITAMIN C"] = "ASCORBIC ACID",
        ["VITAMIN D3"] = "CHOLECALCIFEROL",
        ["VITAMIN D2"] = "ERGOCALCIFEROL",
        ["VITAMIN B1"] = "THIAMINE",
        ["VITAMIN B6"] = "PYRIDOXINE",
        ["VITAMIN K1"] = "PHYTONADIONE",
        ["PHYTOMENADIONE"] = "PHYTONADIONE",
        ["FISH OIL"] = "FISH OIL",
        ["OMEPRAZOL"] = "OMEPRAZOLE",
        ["ESOMEPRAZOL"] = "ESOMEPRAZOLE",
        ["PANTOPRAZOL"] = "PANTOPRAZOLE",
        ["METAMIZOL"] = "DIPYRONE",
        ["IBUPROFENO"] = "IBUPROFEN",
        ["PARACETAMOLO"] = "ACETAMINOPHEN",
        ["DIAZEPAM"] = "DIAZEPAM",
        ["MYCOPHENOLIC ACID"] = "MYCOPHENOLATE",
        ["NICOTINAMIDE"] = "NIACINAMIDE",
        ["HEROIN"] = "DIAMORPHINE",
        ["SOMATOTROPIN"] = "SOMATROPIN",
    }.Where(p => !string.Equals(p.Key, p.Value, StringComparison.Ordinal)).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>All synonym → canonical pairs (keys and values cleaned, upper case; no identity pairs).</summary>
    public static IReadOnlyDictionary<string, string> All => Map;

    /// <summary>The canonical (US) name for a cleaned ingredient name; the input itself when no synonym is known.</summary>
    /// <param name="cleaned">A cleaned ingredient name.</param>
    public static string Canonical(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        return Map.TryGetValue(cleaned, out var us) ? us : cleaned;
    }
}
