using System.Text.Json.Serialization;

namespace Causa.Checking;

/// <summary>Source-generated JSON metadata for <see cref="ArticleCheck"/>; use it through <see cref="CheckJson"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ArticleCheck))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
