using QRCoder;

namespace Gongkai.Web.Portal;

/// <summary>The receipt's QR code: the tracking page's address with the code (never the secret), as a PNG data URI.</summary>
internal static class ReceiptQrCode
{
    public static string DataUri(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(4);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
