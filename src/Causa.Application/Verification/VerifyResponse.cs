using System.Text.Json.Serialization;
using Causa.Application.Errors;

namespace Causa.Application.Verification;

/// <summary>The result of verifying every file of a store folder that a query reads: the <c>verify --json</c> contract.</summary>
/// <param name="Store">The store folder (absolute path).</param>
/// <param name="Sound">True when no file is damaged (a stale file is not damage: queries ignore it).</param>
/// <param name="Files">One entry per file present, in the order checked: case store, drug-name index, signal scan,
/// evidence sources, vocabulary.</param>
public sealed record VerifyResponse(string Store, bool Sound, IReadOnlyList<VerifiedFile> Files)
{
    /// <summary>The failure to report when <see cref="Sound"/> is false: a <see cref="ErrorKind.BadData"/> error with one
    /// line per damaged file (its path and the reason); null when sound. Not in the JSON.</summary>
    [JsonIgnore]
    public Error? Problem { get; init; }
}
