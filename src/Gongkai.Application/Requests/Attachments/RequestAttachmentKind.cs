namespace Gongkai.Application.Requests.Attachments;

/// <summary>What a file kept with a request is (Art. 29: the application and the applicant's identity; Art. 40: the material provided).</summary>
public enum RequestAttachmentKind
{
    /// <summary>申请人身份证明复印件.</summary>
    ApplicantIdentity,

    /// <summary>申请书（扫描件）.</summary>
    RequestLetter,

    /// <summary>随答复提供的政府信息.</summary>
    ReplyMaterial,

    /// <summary>其他材料.</summary>
    Other,
}
