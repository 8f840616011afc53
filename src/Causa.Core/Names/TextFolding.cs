namespace Causa.Core.Names;

/// <summary>
/// Removes accents from Latin letters with a fixed table, so matching does not depend on Unicode normalisation data
/// (Causa runs with invariant globalization, where <see cref="string.Normalize()"/> may leave text unchanged).
/// </summary>
internal static class TextFolding
{
    private const string From = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮİÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";
    private const string To = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooorrssstuuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIIINNNOOOOOOOORRSSSTUUUUUUUUYYZZZ";

    /// <summary>The letter without its accent; the input for anything the table does not list.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c;
        }

        var i = From.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? To[i] : c;
    }

    /// <summary>Letters that fold to two letters (ß, æ, œ), else null.</summary>
    public static string? FoldWide(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => null,
    };
}
