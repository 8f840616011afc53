namespace Causa.Checking;

/// <summary>Why an article could not be checked.</summary>
public enum CheckErrorKind
{
    /// <summary>The input is empty or only whitespace and markup.</summary>
    Empty = 1,

    /// <summary>The input is longer than <see cref="CheckerOptions.MaxInputChars"/>.</summary>
    TooLarge = 2,

    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidEncoding = 3,

    /// <summary>The input holds NUL or many other control characters: binary data, not an article.</summary>
    Binary = 4,
}
