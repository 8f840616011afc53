namespace Causa.Core.Vocabulary;

/// <summary>Thrown by <see cref="ImportedVocabulary.Load"/> when the bytes are not a valid, complete vocabulary.</summary>
/// <remarks>The message says what is wrong (not a vocabulary, unsupported version, truncated, checksum mismatch, corrupt payload).</remarks>
public sealed class InvalidVocabularyDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidVocabularyDataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the data.</param>
    public InvalidVocabularyDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What is wrong with the data.</param>
    /// <param name="innerException">The underlying error.</param>
    public InvalidVocabularyDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
