namespace Causa.Application.Errors;

/// <summary>The one table from <see cref="ErrorKind"/> to HTTP status, for web front ends.</summary>
public static class ErrorHttpStatus
{
    /// <summary>The HTTP status code for <paramref name="kind"/>: 400 bad input, 404 not found, 409 locked, 422 an
    /// uploaded file is malformed, 499 cancelled by the client, 500 a server-side file is damaged, 503 no store yet.</summary>
    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.BadInput => 400,
        ErrorKind.NotFound => 404,
        ErrorKind.Locked => 409,
        ErrorKind.BadInputFile => 422,
        ErrorKind.Cancelled => 499,
        ErrorKind.NoStore => 503,
        ErrorKind.BadData => 500,
        _ => 500,
    };
}
