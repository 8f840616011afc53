using System.Text.Json;
using Causa.Application.Articles;
using Causa.Application.Errors;
using Causa.Checking;
using Causa.Web.Components;
using Causa.Web.Models;
using Microsoft.Net.Http.Headers;

namespace Causa.Web.Endpoints;

/// <summary>
/// The article checker: <c>POST /api/v1/check</c> (the body is the article as <c>text/plain</c>, <c>text/markdown</c> or
/// <c>text/html</c>, or JSON <c>{"text": "…", "format": "auto"}</c>; the answer is the check's JSON, byte for byte what
/// <c>causa check --json</c> prints), and the <c>/check</c> page (a form; its POST renders the result). Handlers read
/// the request, call <see cref="CheckService"/> and render; errors are problem+json under <c>/api</c>, the page with a
/// message otherwise. Bodies are capped by <see cref="WebOptions.MaxCheckBodyBytes"/> (RequestLimits) and rate-limited
/// like the API.
/// </summary>
internal static class CheckEndpoints
{
    private const string JsonContentType = "application/json; charset=utf-8";

    // A JSON body is one object with two strings; anything deeper is not a check request.
    private static readonly JsonDocumentOptions BodyJson = new() { MaxDepth = 4 };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(SitePaths.CheckApi, CheckApiAsync)
            .WithName("Check")
            .WithTags("Causa")
            .WithSummary("Check a health article: every drug–condition claim in it, each rated against the evidence (as `causa check --json`).")
            .WithDescription("Body: the article as text/plain, text/markdown or text/html (UTF-8), or application/json {\"text\": \"…\", \"format\": \"auto|text|markdown|html\"}. "
                + "Quote offsets are UTF-16 positions in the returned `text` (the article as Causa read it, after HTML reduction). "
                + "At most 200,000 characters; 413 for a larger body.")
            .Produces<ArticleCheck>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapMethods(SitePaths.CheckPage, [HttpMethods.Get, HttpMethods.Head], static () => HtmlPages.Render<CheckPage>(CheckPageModel.Empty));
        pages.MapPost(SitePaths.CheckPage, CheckPageAsync);
    }

    public static async Task<IResult> CheckApiAsync(HttpContext context, WebStore store, CancellationToken cancellationToken)
    {
        if (store.Checks is null)
        {
            return ErrorResponses.Problem(context, StatusCodes.Status503ServiceUnavailable, StoreApiEndpoints.Detail(WebStore.NoWorkspace));
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var media) || media.MediaType.Value is not { } type)
        {
            return UnsupportedMediaType(context);
        }

        if (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorResponses.Problem(context, StatusCodes.Status415UnsupportedMediaType, "Send the article as UTF-8 (charset=utf-8).");
        }

        var body = await ReadBodyAsync(context, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ErrorResponses.Problem(context, StatusCodes.Status413PayloadTooLarge, StoreApiEndpoints.Detail(CheckService.TooLarge));
        }

        CheckRequest request;
        switch (type.ToLowerInvariant())
        {
            case "text/plain":
                request = CheckRequest.FromUtf8(body, ArticleFormat.Auto);
                break;
            case "text/markdown":
                request = CheckRequest.FromUtf8(body, ArticleFormat.Markdown);
                break;
            case "text/html":
                request = CheckRequest.FromUtf8(body, ArticleFormat.Html);
                break;
            case "application/json":
                if (!TryReadJson(body, out var text, out var format, out var problem))
                {
                    return ErrorResponses.Problem(context, StatusCodes.Status400BadRequest, problem);
                }

                request = CheckRequest.FromText(text, format);
                break;
            default:
                return UnsupportedMediaType(context);
        }

        var result = store.Checks.Check(request);
        if (!result.TryGetValue(out var check, out var error))
        {
            return ErrorResponses.Problem(context, Status(error), StoreApiEndpoints.Detail(error));
        }

        // The CLI writes the document and a newline (WriteLine); so does the API.
        return TypedResults.Text(CheckJson.Serialize(check) + "\n", JsonContentType);
    }

    public static async Task<IResult> CheckPageAsync(HttpContext context, WebStore store, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return Page(new CheckPageModel("", "auto", "Paste the article into the box and press the button.", null), StatusCodes.Status415UnsupportedMediaType);
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Page(new CheckPageModel("", "auto", Sentence(CheckService.TooLarge), null), StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException)
        {
            return Page(new CheckPageModel("", "auto", "The form could not be read. Paste the article into the box and try again.", null), StatusCodes.Status400BadRequest);
        }

        var text = form["text"].ToString();
        var formatWord = form["format"].ToString() is { Length: > 0 } f && TryFormat(f, out _) ? f : "auto";
        TryFormat(formatWord, out var format);
        if (store.Checks is null)
        {
            return Page(new CheckPageModel(text, formatWord, "This server has no store folder to check articles against.", null), StatusCodes.Status503ServiceUnavailable);
        }

        var result = store.Checks.Check(CheckRequest.FromText(text, format));
        if (!result.TryGetValue(out var check, out var error))
        {
            // A refused article is not echoed back when it is too large to show.
            var keep = text.Length <= CheckLimits.MaxInputChars ? text : "";
            return Page(new CheckPageModel(keep, formatWord, Sentence(error), null), Status(error));
        }

        return Page(new CheckPageModel(text, formatWord, null, CheckPageBuilder.Build(check)), StatusCodes.Status200OK);
    }

    // An article over the character limit is a body too large for this endpoint (413), whatever its byte count.
    private static int Status(Error error) => ReferenceEquals(error, CheckService.TooLarge) ? StatusCodes.Status413PayloadTooLarge : ErrorHttpStatus.For(error.Kind);

    private static IResult Page(CheckPageModel model, int status) => HtmlPages.Render<CheckPage>(model, status);

    private static string Sentence(Error error) => StoreApiEndpoints.Detail(error);

    private static IResult UnsupportedMediaType(HttpContext context) => ErrorResponses.Problem(context, StatusCodes.Status415UnsupportedMediaType,
        "Send the article as text/plain, text/markdown, text/html or application/json {\"text\": \"…\"}.");

    // The whole body, or null when it is over the limit (RequestLimits also caps what the server reads).
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var limit = context.RequestServices.GetRequiredService<WebOptions>().MaxCheckBodyBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int n;
            while ((n = await context.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static bool TryReadJson(byte[] body, out string text, out ArticleFormat format, out string problem)
    {
        text = "";
        format = ArticleFormat.Auto;
        problem = "The body must be a JSON object {\"text\": \"the article\"}, optionally with \"format\": \"auto\", \"text\", \"markdown\" or \"html\".";
        try
        {
            using var document = JsonDocument.Parse(body, BodyJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var value) || value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            if (root.TryGetProperty("format", out var word) && (word.ValueKind != JsonValueKind.String || !TryFormat(word.GetString()!, out format)))
            {
                return false;
            }

            text = value.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            // Malformed JSON, invalid UTF-8 inside it, or nesting deeper than MaxDepth: all the same bad request.
            return false;
        }
    }

    private static bool TryFormat(string word, out ArticleFormat format)
    {
        format = word switch
        {
            "text" => ArticleFormat.PlainText,
            "markdown" => ArticleFormat.Markdown,
            "html" => ArticleFormat.Html,
            _ => ArticleFormat.Auto,
        };
        return word is "auto" or "text" or "markdown" or "html";
    }
}
