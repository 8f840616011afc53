using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Causa.Core.Evidence;
using Causa.Core.Query;

namespace Causa.Application.Queries;

/// <summary>
/// Writes an <see cref="AskResponse"/> as one flat object: the report answer's keys, then the verdicts and how each
/// name was resolved beside them; or, answered from the sources alone, the evidence answer's keys and
/// <c>reports_note</c>; then the guide's keys (question, reading, class, bottom line, see also, warning signs), then <c>profile</c>. The keys and their order are the public contract of <c>ask --json</c>.
/// </summary>
internal sealed class AskResponseJsonConverter : JsonConverter<AskResponse>
{
    public override AskResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("AskResponse is written, never read.");

    public override void Write(Utf8JsonWriter writer, AskResponse value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Reports is { } reports)
        {
            AnswerJson.WriteProperties(writer, reports, Info<PairAnswer>(options));
            writer.WritePropertyName("cause");
            JsonSerializer.Serialize(writer, value.Evidence.Cause, Info<CauseAssessment>(options));
            writer.WritePropertyName("help");
            JsonSerializer.Serialize(writer, value.Evidence.Help, Info<HelpAssessment>(options));
            writer.WriteBoolean("indication_bias", value.Evidence.IndicationBias);
            writer.WritePropertyName("evidence_caveats");
            JsonSerializer.Serialize(writer, value.Evidence.Caveats, Info<IReadOnlyList<string>>(options));
            writer.WritePropertyName("drug_match");
            JsonSerializer.Serialize(writer, value.DrugMatch!, Info<NameMatchResponse>(options));
            writer.WritePropertyName("event_match");
            JsonSerializer.Serialize(writer, value.EventMatch!, Info<EventMatchResponse>(options));
        }
        else
        {
            AnswerJson.WriteEvidence(writer, value.Evidence, value.Guide?.Class, options);
            writer.WriteString("reports_note", value.ReportsNote);
        }

        // The guide's keys come after the ones above: added keys, so readers of the earlier contract are unaffected.
        AnswerJson.WriteGuide(writer, value.Guide, options);

        // Added after the guide, for the same reason; null when the reports could not answer.
        writer.WritePropertyName("profile");
        if (value.Profile is { } profile)
        {
            JsonSerializer.Serialize(writer, profile, Info<CaseProfile>(options));
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => AnswerJson.Info<T>(options);
}
