using System.Diagnostics;
using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Web.Reports;

/// <summary>
/// Prints an annual report as PDF with a program installed on the server: LibreOffice (<c>soffice</c>)
/// from the DOCX in the official layout when it is there, otherwise headless Chromium from the HTML
/// page (whose print styles set A4 and the GB/T 9704 margins). Without either, PDF is not offered and
/// the clerk is told plainly. <c>Reports:Soffice</c> and <c>Reports:Chromium</c> name the programs;
/// by default they are looked up on PATH (Chromium also as Debian's /usr/bin/chromium).
/// </summary>
public sealed class PdfConverter(IConfiguration configuration, ILogger<PdfConverter> logger)
{
    public const string Unavailable = "本服务器未安装 LibreOffice 或 Chromium，暂不能生成 PDF。请下载 DOCX 版本，用办公软件另存为 PDF。";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string? _soffice = Program(configuration["Reports:Soffice"], "soffice");
    private readonly string? _chromium = Program(configuration["Reports:Chromium"], "chromium", "/usr/bin/chromium");

    public bool IsAvailable => _soffice is not null || _chromium is not null;

    /// <summary>The report as PDF, or null when no converter is installed or the conversion failed.</summary>
    public async Task<byte[]?> ConvertAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var output = Path.Combine(folder.FullName, "report.pdf");
            ProcessStartInfo start;
            if (_soffice is not null)
            {
                var input = Path.Combine(folder.FullName, "report.docx");
                await File.WriteAllBytesAsync(input, ReportWriter.ToBytes(report, ReportOutputFormat.Docx), cancellationToken);
                start = new ProcessStartInfo(_soffice)
                {
                    ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, input },
                };
            }
            else
            {
                var input = Path.Combine(folder.FullName, "report.html");
                await File.WriteAllBytesAsync(input, ReportWriter.ToBytes(report, ReportOutputFormat.Html), cancellationToken);
                start = new ProcessStartInfo(_chromium!)
                {
                    ArgumentList =
                    {
                        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                        "--disable-background-networking", "--disable-component-update",
                        $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                        "--no-pdf-header-footer", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
                    },
                };
            }

            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                logger.LogWarning("PDF conversion with {Program} did not finish within {Seconds} s", start.FileName, Timeout.TotalSeconds);
                return null;
            }

            if (!File.Exists(output))
            {
                logger.LogWarning("PDF conversion with {Program} exited with {ExitCode} and wrote no PDF", start.FileName, process.ExitCode);
                return null;
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The configured program if it exists (an empty setting turns it off), else the first found.</summary>
    private static string? Program(string? configured, string name, params string[] fallbacks)
    {
        if (configured is not null)
        {
            return configured.Length > 0 && File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .Concat(fallbacks)
            .FirstOrDefault(File.Exists);
    }
}
