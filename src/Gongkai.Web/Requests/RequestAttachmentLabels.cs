using Gongkai.Application.Requests.Attachments;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Gongkai.Web.Requests;

/// <summary>The console's Chinese words for the kinds of file kept with a request.</summary>
public static class RequestAttachmentLabels
{
    public static string Of(RequestAttachmentKind kind) => kind switch
    {
        RequestAttachmentKind.ApplicantIdentity => "申请人身份证明",
        RequestAttachmentKind.RequestLetter => "申请书扫描件",
        RequestAttachmentKind.ReplyMaterial => "随答复提供的材料",
        RequestAttachmentKind.Other => "其他材料",
        _ => kind.ToString(),
    };

    public static IEnumerable<SelectListItem> Kinds(RequestAttachmentKind selected) =>
        Enum.GetValues<RequestAttachmentKind>().Select(k => new SelectListItem(Of(k), k.ToString(), k == selected));

    /// <summary>A size as people read it: KB below one megabyte, MB above.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(bytes + 1023) / 1024} KB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");
}
