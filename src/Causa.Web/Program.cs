using Causa.Web;
using Causa.Web.Hosting;
using Causa.Web.Sample;

// The preview host: the site over sample pages, marked as such on every page, for looking at the layout before a
// store is attached (`dotnet run --project src/Causa.Web -- --urls http://127.0.0.1:5090`). `causa serve` hosts
// the same site over the store through CausaWebApplication.Create.
await using var app = CausaWebApplication.Create(new WebOptions
{
    SampleData = true,
    Urls = args.Any(static a => a.StartsWith("--urls", StringComparison.Ordinal)) ? null : "http://127.0.0.1:5090",
}, new SampleAnswerPageSource(), args);
await app.RunAsync();
