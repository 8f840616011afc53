using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Causa.Web.Tests.Support;

/// <summary>
/// The site in the test server, as the preview host builds it (its entry point calls CausaWebApplication.Create),
/// with the test page source and, optionally, other options. <see cref="WebOptions"/> only names the assembly:
/// the entry point's Program class is not public.
/// </summary>
public class SiteFactory : WebApplicationFactory<WebOptions>
{
    protected virtual WebOptions Options => new() { Urls = null };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(static logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Options);
            services.AddSingleton<IAnswerPageSource>(new TestPageSource());
        });
    }

    /// <summary>A client that does not follow redirects, so tests see 301 and 303 themselves.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
