namespace Causa.Core.Vocabulary;

/// <summary>
/// Where a vocabulary entry came from. The numeric order is the precedence for brand names on conflict:
/// a lower value wins (see docs/VOCABULARY.md, "Precedence").
/// </summary>
public enum VocabularySource : byte
{
    /// <summary>Written by the Causa project (INN/USAN synonyms, non-drug list, lay-term lexicon).</summary>
    Curated = 0,

    /// <summary>Drugs@FDA <c>Products.txt</c> (public domain).</summary>
    DrugsAtFda = 1,

    /// <summary>The EMA list of medicines by active substance.</summary>
    Ema = 2,

    /// <summary>RxNorm: ingredient concepts (OMOP concept table extract) and product → ingredient tables (dhimmel, OnSIDES).</summary>
    RxNorm = 3,

    /// <summary>DrugCentral identifiers and pharmacologic classes (CC BY 4.0).</summary>
    DrugCentral = 4,

    /// <summary>Learned from FAERS: drug names reported with FDA's coded active ingredient.</summary>
    FaersLearned = 5,

    /// <summary>SIDER 4.1 label wording → MedDRA PT (CC BY-NC-SA: imported by the user, never bundled).</summary>
    Sider = 6,

    /// <summary>openFDA harmonized SPL records: brand names with their substances (CC0).</summary>
    OpenFda = 7,

    /// <summary>ChEMBL drug records as Open Targets publishes them: trade names of each molecule (CC BY-SA 3.0, imported by
    /// the user); ranked last, after every other brand source.</summary>
    ChEmbl = 8,
}
