namespace Causa.Core.Text;

/// <summary>How a delimited file separates fields: the separator, and whether double quotes group a field.</summary>
/// <param name="Separator">The field separator (<c>,</c>, tab, <c>$</c>...).</param>
/// <param name="Quoted">True for RFC 4180 quoting: a field that starts with <c>"</c> runs to the next lone <c>"</c>,
/// may hold separators and line breaks, and writes a quote as <c>""</c>. False where quotes are ordinary text (the TSV
/// and <c>$</c> files Causa reads, whose names contain quotes).</param>
internal readonly record struct DelimitedFormat(char Separator, bool Quoted)
{
    /// <summary>RFC 4180 comma-separated values.</summary>
    public static DelimitedFormat Csv { get; } = new(',', Quoted: true);

    /// <summary>Tab-separated values; quotes are text.</summary>
    public static DelimitedFormat Tsv { get; } = new('\t', Quoted: false);

    /// <summary>The format Causa reads for <paramref name="separator"/>: quoted only for commas.</summary>
    public static DelimitedFormat For(char separator) => separator == ',' ? Csv : new(separator, Quoted: false);
}
