using System.Diagnostics.CodeAnalysis;

namespace Causa.Application.Errors;

/// <summary>The outcome of a use case: a value, or an <see cref="Errors.Error"/> for an expected failure. Exceptions
/// remain for bugs and broken environments.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The value; null on failure.</summary>
    public T? Value { get; }

    /// <summary>The failure; null on success.</summary>
    public Error? Error { get; }

    /// <summary>A success.</summary>
    public static Result<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    /// <summary>A failure.</summary>
    public static Result<T> Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Wraps a failure.</summary>
    public static implicit operator Result<T>(Error error) => Failure(error);

    /// <summary>The value or the error.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out Error? error)
    {
        value = Value;
        error = Error;
        return Succeeded;
    }

    /// <summary>Maps the value; a failure passes through.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Succeeded ? Result<TOut>.Success(map(Value)) : Result<TOut>.Failure(Error);
    }
}
