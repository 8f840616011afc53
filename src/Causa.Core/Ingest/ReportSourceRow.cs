namespace Causa.Core.Ingest;

/// <summary>One RPSR row.</summary>
/// <param name="PrimaryId">Report id (legacy: <c>isr</c>).</param>
/// <param name="SourceCode">Report source code (e.g. CSM, HP, FGN), trimmed.</param>
public readonly record struct ReportSourceRow(long PrimaryId, string SourceCode);
