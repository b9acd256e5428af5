using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Http.Features;

namespace Gongkai.Web.Hosting;

/// <summary>The size limit of uploads to pages marked <see cref="UploadSizeGuard"/>, met with a message rather than a 400 or 413.</summary>
internal static class UploadLimits
{
    /// <summary>How much of a refused upload is still received (and discarded) so that the browser reads the answer; beyond it the connection is closed.</summary>
    private const long DrainLimit = 1024L * 1024 * 1024;

    public static WebApplication UseUploadLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadSizeGuard>() is null || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            {
                await next(context);
                return;
            }

            // The file limit is met by the form reader below; the server-wide body limit would cut the
            // connection instead, before the browser could show the message.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = null;
            }

            if (request.ContentLength > UploadSizeGuard.BodyLimit || !await TryReadFormAsync(context))
            {
                await RefuseAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Reads the form within the limit (the form is then cached for antiforgery and binding); false when it is too large.</summary>
    private static async Task<bool> TryReadFormAsync(HttpContext context)
    {
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = UploadSizeGuard.BodyLimit }));
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>
    /// Receives and discards the rest of the upload (a browser that is still sending may not read an early
    /// answer), then sends it back to the page with <c>?refused=size</c>, where the message is shown.
    /// </summary>
    private static async Task RefuseAsync(HttpContext context)
    {
        var buffer = new byte[81920];
        long received = 0;
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            received += read;
            if (received > DrainLimit)
            {
                context.Abort();
                return;
            }
        }

        context.Response.Redirect(context.Request.Path + "?refused=size");
    }
}
