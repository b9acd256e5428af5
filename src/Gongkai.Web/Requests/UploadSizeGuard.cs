using Gongkai.Application.Catalogue;

namespace Gongkai.Web.Requests;

/// <summary>
/// Marks a page whose posts carry an upload. <see cref="Hosting.UploadLimits"/> reads such a form before
/// antiforgery and model binding do, and turns an upload over the size limit into a plain Chinese
/// refusal on the same page (<c>?refused=size</c>) instead of an error page. Nothing of the request
/// reaches the handler, so nothing already saved is touched.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeGuard : Attribute
{
    /// <summary>The body limit: the largest allowed file plus room for the other form fields.</summary>
    public const long BodyLimit = AttachmentPolicy.MaxBytes + (1024 * 1024);
}
