using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Causa.Core.Model;
using Causa.Faers.Download;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Download;

public sealed class FaersDownloaderTests : IAsyncLifetime
{
    private const string SampleName = "faers_ascii_2022q4.zip";
    private static readonly Quarter Q2022Q4 = new(2022, 4);

    private readonly LocalHttpServer _server = new();
    private readonly TempFolder _folder = new();
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    private static byte[] SampleZip => File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"));

    // xUnit 2 disposes a test class through IAsyncLifetime, not IAsyncDisposable: without it the local server kept
    // running and the store folder stayed behind in the temp folder after every run.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Downloads_a_quarter_verifies_it_and_reports_progress()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        var reports = new List<DownloadProgress>();
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path, new SyncProgress(reports.Add));

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.True(result.Succeeded);
        Assert.Equal(Path.Combine(_folder.Path, SampleName), result.FilePath);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
        Assert.Equal(sample.Length, result.Bytes);
        Assert.False(File.Exists(result.FilePath + ".part"));
        Assert.Equal(1, result.Attempts);
        var last = reports[^1];
        Assert.Equal(sample.Length, last.BytesDone);
        Assert.Equal(sample.Length, last.BytesTotal);
        Assert.Equal(1.0, last.Fraction);
        Assert.All(reports, r => Assert.InRange(r.BytesDone, 0, sample.Length));
        Assert.Equal("/Exports/faers_ascii_2022q4.zip", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Resumes_with_a_range_request_after_the_connection_is_cut_mid_body()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        _server.CutNextResponses(1, afterBytes: 300_000);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.True(result.Resumed);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
        var requests = _server.Requests.ToArray();
        Assert.Null(requests[0].Range);
        Assert.Equal("bytes=300000-", requests[1].Range);
    }

    [Fact]
    public async Task Restarts_from_zero_when_the_server_ignores_the_range()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        _server.IgnoreRange = true;
        _server.CutNextResponses(1, afterBytes: 500_000);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.False(result.Resumed);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
        Assert.Equal("bytes=500000-", _server.Requests.ToArray()[1].Range);
    }

    [Fact]
    public async Task Several_cuts_in_a_row_still_complete_because_each_attempt_makes_progress()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        _server.CutNextResponses(6, afterBytes: 150_000);
        using var downloader = NewDownloader(maxAttempts: 2);

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(7, result.Attempts);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
    }

    [Fact]
    public async Task A_complete_part_file_left_by_a_crash_is_verified_and_renamed()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, SampleName + ".part"), sample);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.True(result.Resumed);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
        Assert.Equal($"bytes={sample.Length}-", Assert.Single(_server.Requests).Range);
    }

    [Fact]
    public async Task A_part_file_longer_than_the_served_file_is_discarded()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, SampleName + ".part"), new byte[sample.Length + 10]);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
        Assert.Null(_server.Requests.ToArray()[1].Range);
    }

    [Fact]
    public async Task A_corrupt_part_file_is_retried_once_from_scratch()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample);
        var stale = (byte[])sample.Clone();
        Array.Fill(stale, (byte)0, 0, 4096);
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, SampleName + ".part"), stale[..700_000]);
        using var downloader = NewDownloader(verifyCrc: true);

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
        var requests = _server.Requests.ToArray();
        Assert.Equal("bytes=700000-", requests[0].Range);
        Assert.Null(requests[1].Range);
    }

    [Fact]
    public async Task Unpublished_quarter_is_a_clear_result_without_retries()
    {
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(new Quarter(2031, 1), _folder.Path);

        Assert.Equal(DownloadStatus.NotPublished, result.Status);
        Assert.False(result.Succeeded);
        Assert.Null(result.FilePath);
        Assert.Equal(1, result.Attempts);
        Assert.Equal($"FDA has not published 2031Q1 (HTTP 404 at {_server.BaseUri}faers_ascii_2031q1.zip)", result.Message);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Truncated_file_served_as_complete_fails_verification_and_leaves_nothing_behind()
    {
        var sample = SampleZip;
        _server.Serve(SampleName, sample[..(sample.Length / 2)]);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.VerificationFailed, result.Status);
        Assert.Contains("not a usable FAERS zip", result.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable zip", result.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Corrupted_entry_bytes_fail_the_crc_check()
    {
        var zip = MakeQuarterZip(out var markerOffset);
        zip[markerOffset + 3] ^= 0x20;
        _server.Serve(SampleName, zip);
        using var downloader = NewDownloader(verifyCrc: true);

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.VerificationFailed, result.Status);
        Assert.Contains("CRC-32", result.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Zip_without_a_demo_table_fails_verification()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("ASCII/DRUG22Q4.txt").Open());
            writer.Write("primaryid$caseid\n");
        }

        _server.Serve(SampleName, buffer.ToArray());
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.VerificationFailed, result.Status);
        Assert.Contains("no DEMO table", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verified_file_already_present_is_not_downloaded_again()
    {
        File.Copy(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"), Path.Combine(_folder.Path, SampleName));
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.AlreadyPresent, result.Status);
        Assert.Equal(0, result.Attempts);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Corrupt_file_already_present_is_replaced()
    {
        var sample = SampleZip;
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, SampleName), sample[..1000]);
        _server.Serve(SampleName, sample);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(sample, File.ReadAllBytes(result.FilePath!));
    }

    [Fact]
    public async Task Transient_server_errors_are_retried_with_doubling_backoff()
    {
        _server.Serve(SampleName, SampleZip);
        _server.ScriptStatuses(503, 500);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _delays.ToArray());
    }

    [Fact]
    public async Task Gives_up_after_the_attempt_budget_with_the_last_reason()
    {
        _server.Serve(SampleName, SampleZip);
        _server.ScriptStatuses(503, 503, 503, 503, 503);
        using var downloader = NewDownloader(maxAttempts: 3);

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.TransferFailed, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Contains("after 3 attempts", result.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, _delays.Count);
    }

    [Fact]
    public async Task Client_errors_other_than_404_are_not_retried()
    {
        _server.ScriptStatuses(403);
        using var downloader = NewDownloader();

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.TransferFailed, result.Status);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("HTTP 403", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_is_a_transfer_failure_not_an_exception()
    {
        var deadUri = _server.BaseUri;
        await _server.DisposeAsync();
        using var handler = new HttpClientHandler();
        using var downloader = new FaersDownloader(handler, new DownloadOptions { BaseUri = deadUri, MaxAttempts = 2, Delay = RecordDelay });

        var result = await downloader.DownloadAsync(Q2022Q4, _folder.Path);

        Assert.Equal(DownloadStatus.TransferFailed, result.Status);
        Assert.Contains("no response from 127.0.0.1", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_walks_back_from_the_clock_to_the_newest_published_quarter()
    {
        _server.Serve("faers_ascii_2022q3.zip", SampleZip);
        using var handler = new HttpClientHandler();
        var clock = new FixedClock(new DateTimeOffset(2023, 2, 15, 12, 0, 0, TimeSpan.Zero));
        using var downloader = new FaersDownloader(handler, new DownloadOptions { BaseUri = _server.BaseUri, Delay = RecordDelay }, clock);

        var result = await downloader.DownloadLatestAsync(_folder.Path);

        Assert.Equal(DownloadStatus.Downloaded, result.Status);
        Assert.Equal(new Quarter(2022, 3), result.Quarter);
        Assert.Equal(["/Exports/faers_ascii_2022q4.zip", "/Exports/faers_ascii_2022q3.zip"], _server.Requests.Select(r => r.Path).ToArray());
    }

    [Fact]
    public async Task Latest_with_nothing_published_names_the_quarters_tried()
    {
        using var handler = new HttpClientHandler();
        var clock = new FixedClock(new DateTimeOffset(2031, 5, 1, 0, 0, 0, TimeSpan.Zero));
        using var downloader = new FaersDownloader(handler, new DownloadOptions { BaseUri = _server.BaseUri, LatestLookback = 3 }, clock);

        var result = await downloader.DownloadLatestAsync(_folder.Path);

        Assert.Equal(DownloadStatus.NotPublished, result.Status);
        Assert.Contains("none of the last 3 quarters (2030Q3–2031Q1)", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2004, 1, "aers_ascii_2004q1.zip")]
    [InlineData(2012, 3, "aers_ascii_2012q3.zip")]
    [InlineData(2012, 4, "faers_ascii_2012q4.zip")]
    [InlineData(2024, 4, "faers_ascii_2024q4.zip")]
    public void File_names_follow_FDA_spelling(int year, int number, string expected) =>
        Assert.Equal(expected, FaersDownloader.FileNameFor(new Quarter(year, number)));

    [Fact]
    public void Base_uri_gets_a_trailing_slash()
    {
        using var handler = new HttpClientHandler();
        using var downloader = new FaersDownloader(handler, new DownloadOptions { BaseUri = new Uri("http://127.0.0.1:9/x/Exports") });

        Assert.Equal("http://127.0.0.1:9/x/Exports/faers_ascii_2024q4.zip", downloader.UriFor(new Quarter(2024, 4)).ToString());
    }

    [Theory]
    [InlineData("2025-01-01", "2024Q4", "2024Q3")]
    [InlineData("2025-03-31", "2024Q4", "2024Q3")]
    [InlineData("2025-04-01", "2025Q1", "2024Q4")]
    [InlineData("2025-12-31", "2025Q3", "2025Q2")]
    public void Latest_candidates_start_with_the_quarter_before_today(string today, string first, string second)
    {
        var now = DateTimeOffset.Parse(today + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var candidates = FaersDownloader.LatestCandidates(now, 2);

        Assert.Equal([first, second], candidates.Select(q => q.ToString()).ToArray());
    }

    [Theory]
    [InlineData("aers_ascii_2004q1_sample.zip")]
    [InlineData("faers_ascii_2017q2_sample.zip")]
    [InlineData("faers_ascii_2022Q4_sample.zip")]
    public void Real_sample_zips_pass_verification_with_crc(string name)
    {
        var check = FaersZipVerifier.Verify(TestData.PathOf("faers", name), verifyCrc: true);

        Assert.True(check.IsValid, check.Problem);
        Assert.True(check.EntryCount >= 8);
    }

    private static byte[] MakeQuarterZip(out int markerOffset)
    {
        const string Marker = "CORRUPT-ME-HERE";
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("ASCII/DEMO22Q4.txt", CompressionLevel.NoCompression);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write("primaryid$caseid\n1$" + Marker + "\n");
        }

        var bytes = buffer.ToArray();
        markerOffset = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Marker));
        Assert.True(markerOffset > 0);
        return bytes;
    }

    private FaersDownloader NewDownloader(int maxAttempts = 4, bool verifyCrc = false) =>
        new(new HttpClient(), new DownloadOptions { BaseUri = _server.BaseUri, MaxAttempts = maxAttempts, VerifyCrc = verifyCrc, Delay = RecordDelay });

    private Task RecordDelay(TimeSpan delay, CancellationToken cancellationToken)
    {
        _delays.Enqueue(delay);
        return Task.CompletedTask;
    }

    private sealed class SyncProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
