using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Http.Features;

namespace Gongkai.Web.Hosting;

/// <summary>The size limit of uploads to pages marked <see cref="UploadSizeGuard"/>, met with a message rather than a 400 or 413.</summary>
internal static class UploadLimits
{
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

            if (request.ContentLength > UploadSizeGuard.BodyLimit || !await TryReadFormAsync(context))
            {
                context.Response.Redirect(request.Path + "?refused=size");
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Reads the form within the limit (the form is then cached for antiforgery and binding); false when it is too large.</summary>
    private static async Task<bool> TryReadFormAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = UploadSizeGuard.BodyLimit;
        }

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
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
    }
}
