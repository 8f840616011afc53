using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Causa.Core.Evidence;

namespace Causa.Application.Queries;

/// <summary>The writing shared by the ask and evidence converters: an object's keys flattened into the one being written,
/// an evidence answer (a class's shared verdicts in place of the placeholder ones), and the guide's keys.</summary>
internal static class AnswerJson
{
    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    public static void WriteProperties<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> info)
    {
        using var document = JsonSerializer.SerializeToDocument(value, info);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            property.WriteTo(writer);
        }
    }

    /// <summary>Writes the evidence answer's keys; for a class, <c>cause</c> and <c>help</c> carry the class verdicts
    /// (the shared verdict or <c>mixed</c>), with the members' lines left to each member's own answer.</summary>
    public static void WriteEvidence(Utf8JsonWriter writer, EvidenceAnswer answer, ClassAnswer? drugClass, JsonSerializerOptions options)
    {
        using var document = JsonSerializer.SerializeToDocument(answer, Info<EvidenceAnswer>(options));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (drugClass is not null && property.Name is "cause" or "help")
            {
                WriteClassVerdict(writer, property.Name, property.Name == "cause" ? drugClass.CauseVerdict : drugClass.HelpVerdict);
            }
            else
            {
                property.WriteTo(writer);
            }
        }
    }

    /// <summary>Writes <c>cause</c> as a class verdict: <c>{"verdict": ..., "lines": []}</c>, the shape of a single drug's.</summary>
    public static void WriteClassVerdict(Utf8JsonWriter writer, string name, string verdict)
    {
        writer.WriteStartObject(name);
        writer.WriteString("verdict", verdict);
        writer.WriteStartArray("lines");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the guide's keys: <c>question</c>, <c>reading</c>, <c>class</c>, <c>bottom_line</c>, <c>see_also</c>, <c>warning_signs</c>.</summary>
    public static void WriteGuide(Utf8JsonWriter writer, AnswerGuide? guide, JsonSerializerOptions options)
    {
        if (guide is not null)
        {
            WriteProperties(writer, guide, Info<AnswerGuide>(options));
        }
    }
}
