using System.Text;
using Gongkai.Documents.Reading.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads a PDF's text layer into a <see cref="SourceDocument"/>: text lines as paragraphs and
/// tables as rows of cells, page by page, top to bottom (see <c>PdfPageReader</c>). Scanned PDFs
/// (no text layer) and encrypted ones are refused with a clear message; nothing is recognised from images.
/// </summary>
public static class PdfReportSource
{
    /// <summary>The <see cref="SourceDocument.Shape"/> of what this reader produces.</summary>
    public const string Shape = "pdf";

    /// <summary>Message for a PDF whose pages carry no text.</summary>
    public const string NoTextLayerMessage = "该 PDF 没有文字层（可能是扫描件），无法读取";

    /// <summary>The most pages a report PDF may have.</summary>
    public const int MaxPages = 500;

    /// <summary>Reads the whole stream as a PDF file.</summary>
    /// <exception cref="UnreadableReportException">The file is not a readable PDF with a text layer.</exception>
    public static SourceDocument Read(Stream stream)
    {
        var bytes = ReadLimits.ReadBounded(stream);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        if (!head.Contains("%PDF-", StringComparison.Ordinal))
        {
            throw new UnreadableReportException("不是 PDF 文件（缺少 %PDF 文件头），或文件已损坏");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
            {
                throw new UnreadableReportException($"PDF 页数过多（超过 {MaxPages} 页），不像是一份年度报告，无法读取");
            }

            var pages = new List<PdfPageReader>();
            var tables = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = new PdfPageReader(number, () => ++tables);
                page.Read(document.GetPage(number));
                pages.Add(page);
            }

            var letters = pages.Sum(p => p.Letters);
            var rightEdge = pages.Select(p => p.TextRight).DefaultIfEmpty(0).Max();
            if (letters == 0)
            {
                throw new UnreadableReportException(NoTextLayerMessage);
            }

            return new SourceDocument(PdfPageFlow.Join(pages.Select(p => p.Assemble(rightEdge))), Shape);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableReportException("PDF 文件已加密（需要密码），无法读取；请先去掉密码", ex);
        }
        catch (Exception ex) when (ex is not UnreadableReportException)
        {
            throw new UnreadableReportException("PDF 文件已损坏或格式无法识别，无法读取", ex);
        }
    }
}
