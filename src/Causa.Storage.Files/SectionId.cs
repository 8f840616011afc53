namespace Causa.Storage.Files;

/// <summary>Identifiers of the sections of a store file (format version 2). Values are part of the format: never renumber.</summary>
internal enum SectionId : uint
{
    CaseIds = 1,
    PrimaryIds = 2,
    CaseVersions = 3,
    FdaDates = 4,
    EventDates = 5,
    QuarterOrdinals = 6,
    CountryIds = 7,
    Sexes = 8,
    AgeGroups = 9,
    AgeYears = 10,
    Reporters = 11,
    Outcomes = 12,

    // Version 2: what a pair's profile needs.
    InitialFdaDates = 13,
    OccurrenceCountryIds = 14,
    ReportFields = 15,
    DrugOffsets = 20,
    DrugEntryIds = 21,
    DrugRoles = 22,
    EventOffsets = 23,
    EventTermIds = 24,
    IndicationOffsets = 25,
    IndicationEntryIds = 26,
    IndicationTermIds = 27,
    TherapyDrugRows = 28,
    TherapyStarts = 29,
    EntryNameOffsets = 40,
    EntryNameBytes = 41,
    EntryProdAiOffsets = 42,
    EntryProdAiBytes = 43,
    EntryProdAiPresent = 44,
    TermOffsets = 45,
    TermBytes = 46,
    CountryOffsets = 47,
    CountryBytes = 48,
    IngredientOffsets = 49,
    IngredientBytes = 50,
    EntryIngredientOffsets = 51,
    EntryIngredientIds = 52,
    EntryResolutionKinds = 53,
    DeletedCaseIds = 60,
    QuarterTable = 61,
    QuarterSourceOffsets = 62,
    QuarterSourceBytes = 63,
    SuspectIndexOffsets = 70,
    SuspectIndexCases = 71,
    AnyRoleIndexOffsets = 72,
    AnyRoleIndexCases = 73,
    TermIndexOffsets = 74,
    TermIndexCases = 75,
    IndicationIndexOffsets = 76,
    IndicationIndexCases = 77,

    // Added within version 1: a store written before has neither section and reads them as empty.
    RetainedSpellingOffsets = 80,
    RetainedSpellingBytes = 81,

    // Written only in a segment that superseded or deleted cases of earlier files of the folder (see StoreManifest).
    KilledCases = 90,

    // With KilledCases: what the killed cases counted in their files' indexes (see KilledCaseCounts).
    KilledCounts = 91,

    // Added within version 2 (minor 1): DRUG rows per drug entry, so the learned name pairs need no pass over the rows.
    EntryDrugRows = 92,

    // Added within version 2 (minor 1): per drug entry, what its learned name pair teaches once cleaned
    // (LearnedPairKeys), and the version of the cleaning rules it was made under.
    EntryLearnedKeyOffsets = 93,
    EntryLearnedKeyBytes = 94,
    EntryLearnedKeyRules = 95,
}
