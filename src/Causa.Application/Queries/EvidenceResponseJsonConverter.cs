using System.Text.Json;
using System.Text.Json.Serialization;

namespace Causa.Application.Queries;

/// <summary>
/// Writes an <see cref="EvidenceResponse"/> as one flat object: the evidence answer's keys (as <c>evidence --json</c> has
/// always written them), then the guide's keys. The keys and their order are the public contract of <c>evidence --json</c>.
/// </summary>
internal sealed class EvidenceResponseJsonConverter : JsonConverter<EvidenceResponse>
{
    public override EvidenceResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("EvidenceResponse is written, never read.");

    public override void Write(Utf8JsonWriter writer, EvidenceResponse value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        AnswerJson.WriteEvidence(writer, value.Answer, value.Guide.Class, options);
        AnswerJson.WriteGuide(writer, value.Guide, options);
        writer.WriteEndObject();
    }
}
