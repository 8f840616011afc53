using System.Text.Json.Serialization;
using Causa.Core;

namespace Causa.Application.Verification;

/// <summary>One file of the store folder as <c>causa verify</c> found it (keys in this order in JSON).</summary>
/// <param name="File">The file's name in the store folder (<c>cases.causa</c>, <c>names.causaidx</c>...).</param>
/// <param name="What">What the file is, in words ("case store", "drug-name index"...).</param>
/// <param name="Bytes">The file's size in bytes.</param>
/// <param name="Status">What the verification found.</param>
/// <param name="Detail">What the file holds when sound (counts); why it is stale or damaged otherwise.</param>
public sealed record VerifiedFile(string File, string What, long Bytes, VerifiedFileStatus Status, string Detail)
{
    /// <summary>What the user can do about a stale or damaged file; each front end words it. Not in the JSON.</summary>
    [JsonIgnore]
    public Remedy Remedy { get; init; }
}
