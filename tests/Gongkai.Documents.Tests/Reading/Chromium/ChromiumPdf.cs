using System.Diagnostics;

namespace Gongkai.Documents.Tests.Reading.Chromium;

/// <summary>
/// Prints an HTML page to PDF with Debian's headless Chromium, a PDF producer that is not ours: its
/// fonts map some ideographs to look-alike code points, it wraps long titles, repeats table headers on
/// every page and breaks lines before unbreakable web addresses, as the PDFs on government sites do.
/// Without /usr/bin/chromium the tests are skipped; with CI=true they fail, since CI installs it.
/// </summary>
internal static class ChromiumPdf
{
    private const string Chromium = "/usr/bin/chromium";

    public static async Task<byte[]> PrintAsync(string html)
    {
        RequireChromium();
        var folder = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html);
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                    "--disable-background-networking", "--disable-component-update",
                    $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                    "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
                },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not print the page within two minutes.");
            }

            Assert.True(File.Exists(pdf), $"Chromium printed no PDF (exit {process.ExitCode}): {await output}");
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {Chromium} is missing: .ci/services.sh must install Debian's chromium.");
        }

        Assert.Skip($"{Chromium} not installed (apt-get install chromium fonts-noto-cjk, or run .ci/services.sh) — PDF-from-Chromium tests skipped.");
    }
}
