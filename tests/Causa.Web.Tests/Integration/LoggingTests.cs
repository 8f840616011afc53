using Causa.Web.Hosting;
using Causa.Web.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Causa.Web.Tests.Integration;

public sealed class LoggingTests
{
    [Fact]
    public async Task Per_request_lines_are_off_by_default_while_start_up_lines_warnings_and_errors_stay_on()
    {
        await using var app = CausaWebApplication.Create(new WebOptions { Urls = null }, new SampleAnswerPageSource());
        var logs = app.Services.GetRequiredService<ILoggerFactory>();

        // Hosting diagnostics ("Request starting ...") and routing ("Executing endpoint ...") log at Information.
        Assert.False(logs.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.False(logs.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
        Assert.True(logs.CreateLogger("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware").IsEnabled(LogLevel.Error));
        Assert.True(logs.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning));
        Assert.True(logs.CreateLogger("Microsoft.Hosting.Lifetime").IsEnabled(LogLevel.Information));
        Assert.True(logs.CreateLogger("Causa.Web").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Configuration_raises_the_verbosity_again()
    {
        // The same key from the environment (Logging__LogLevel__Microsoft.AspNetCore) or the command line wins over the default.
        await using var app = CausaWebApplication.Create(new WebOptions { Urls = null }, new SampleAnswerPageSource(), ["--Logging:LogLevel:Microsoft.AspNetCore=Information"]);
        var logs = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(logs.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
    }
}
