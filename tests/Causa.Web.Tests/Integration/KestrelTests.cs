using System.Net;
using System.Net.Sockets;
using System.Text;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

public sealed class KestrelTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Kestrel_refuses_a_request_line_far_over_the_limit()
    {
        // Sent by hand: HttpClient would refuse to build such a request itself.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var request = "GET /" + new string('a', 10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 414", statusLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_refuses_a_body_over_the_limit()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        using var content = new ByteArrayContent(new byte[new WebOptions().MaxRequestBodyBytes + 1]);

        using var response = await client.PostAsync("/api/v1/version", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
