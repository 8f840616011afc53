namespace Causa.Core.Sources;

/// <summary>The kinds of evidence source Causa can import besides FAERS quarters.</summary>
public enum EvidenceSourceKind
{
    /// <summary>SIDER 4.1 label side effects (<c>meddra_all_se</c>, <c>meddra_freq</c>, <c>drug_names</c>); CC BY-NC-SA.</summary>
    Sider = 0,

    /// <summary>OnSIDES label adverse reactions (CSV release: <c>adverse_reactions.csv</c>, <c>boxed_warnings.csv</c>).</summary>
    Onsides = 1,

    /// <summary>DrugCentral on-label indications (<c>drug_indication.tsv</c>).</summary>
    DrugCentral = 2,

    /// <summary>MEDI indications with the possible-label-use flag; CC BY-NC-SA.</summary>
    Medi = 3,

    /// <summary>PharmacotherapyDB physician-curated drug–disease pairs (DM / SYM / NOT).</summary>
    PharmacotherapyDb = 4,

    /// <summary>A published drug × event count table with its margins.</summary>
    Counts = 5,

    /// <summary>SIDER 4.1 indications text-mined from labels (<c>meddra_all_indications</c>, with <c>drug_names</c>); CC BY-NC-SA.</summary>
    SiderIndications = 6,
}
