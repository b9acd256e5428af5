using System.Diagnostics;

namespace Gongkai.Web.Reports;

/// <summary>Turns a DOCX into PDF with LibreOffice (<c>soffice</c>) when it is installed; otherwise says so.</summary>
public sealed class PdfConverter
{
    private readonly string? _soffice = Find();

    public bool IsAvailable => _soffice is not null;

    public const string Unavailable = "本服务器未安装 LibreOffice（soffice），暂不能生成 PDF。请下载 DOCX 版本，用办公软件另存为 PDF。";

    public async Task<byte[]?> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        if (_soffice is null)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo(_soffice)
            {
                ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(folder.FullName, "report.pdf");
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken) : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
}
