using System.ComponentModel.DataAnnotations;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Catalogue;

/// <summary>Create or edit a draft, and move it through review (Art. 17), publication and withdrawal.</summary>
[RequestSizeLimit(AttachmentPolicy.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentPolicy.MaxBytes + (1024 * 1024))]
public sealed class EditModel(CurrentStaff current, CatalogueDesk desk) : PageModel
{
    public CatalogueItem? Item { get; private set; }

    public PublicationTimeliness? Timeliness { get; private set; }

    public IReadOnlyList<CatalogueAttachment> Attachments { get; private set; } = [];

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public bool IsApprover => current.Roles.Contains(StaffRoles.Approver) || current.Roles.Contains(StaffRoles.SystemAdministrator);

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        if (!await LoadAsync(id.Value, cancellationToken))
        {
            return NotFound();
        }

        Input = ItemInput.From(Item!);
        Version = Item!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return id is null || await LoadAsync(id.Value, cancellationToken) ? Page() : NotFound();
        }

        var input = Input.ToInput();
        var result = id is null
            ? await desk.CreateAsync(scope, input, cancellationToken)
            : await desk.UpdateAsync(scope, id.Value, Version, input, cancellationToken);
        return await RespondAsync(result, id, cancellationToken);
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, PublicationStep step, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var result = await desk.StepAsync(scope, id, Version, step, Reason, IsApprover, cancellationToken);
        return await RespondAsync(result, id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        if (Attachment is null || Attachment.Length == 0)
        {
            ModelState.AddModelError(nameof(Attachment), "请选择要上传的文件。");
        }
        else if (Attachment.Length > AttachmentPolicy.MaxBytes)
        {
            ModelState.AddModelError(nameof(Attachment), "附件不能超过 20 MB。");
        }
        else
        {
            using var buffer = new MemoryStream();
            await Attachment.CopyToAsync(buffer, cancellationToken);
            var result = await desk.AttachAsync(scope, id, Attachment.FileName, buffer.ToArray(), cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"/Staff/Catalogue/Edit?id={id}");
            }

            if (result.Error!.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Attachment), result.Error.Message);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<IActionResult> RespondAsync(Result<CatalogueItem> result, Guid? id, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            return Redirect($"/Staff/Catalogue/Edit?id={result.Value.Id}");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        var field = result.Error.Field is { } name && typeof(ItemInput).GetProperty(name) is not null ? $"{nameof(Input)}.{name}" : string.Empty;
        ModelState.AddModelError(field, result.Error.Message);
        return id is null || await LoadAsync(id.Value, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var found = await desk.FindAsync(scope, id, cancellationToken);
        Item = found.Succeeded ? found.Value : null;
        Timeliness = Item is null ? null : desk.Timeliness(Item);
        Attachments = Item is null ? [] : await desk.AttachmentsAsync(Item.Id, cancellationToken);
        return Item is not null;
    }

    public sealed class ItemInput
    {
        [Required(ErrorMessage = "请填写信息名称（条例第十二条）。")]
        [StringLength(300, ErrorMessage = "名称不超过 300 字。")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "请填写发布机构。")]
        [StringLength(200)]
        public string IssuingBody { get; set; } = "";

        [StringLength(100)]
        public string? DocumentNumber { get; set; }

        [Required(ErrorMessage = "请填写成文日期。")]
        public DateOnly? FormedOn { get; set; }

        public string CategoryCode { get; set; } = "";

        public string TopicCode { get; set; } = "";

        public DateOnly? EffectiveFrom { get; set; }

        public DateOnly? ValidThrough { get; set; }

        public DateOnly? RepealedOn { get; set; }

        [StringLength(2000)]
        public string? Summary { get; set; }

        [StringLength(200_000)]
        public string? Body { get; set; }

        public static ItemInput From(CatalogueItem item) => new()
        {
            Title = item.Title,
            IssuingBody = item.IssuingBody,
            DocumentNumber = item.DocumentNumber,
            FormedOn = item.FormedOn,
            CategoryCode = item.CategoryCode,
            TopicCode = item.TopicCode,
            EffectiveFrom = item.EffectiveFrom,
            ValidThrough = item.ValidThrough,
            RepealedOn = item.RepealedOn,
            Summary = item.Summary,
            Body = item.Body,
        };

        public CatalogueItemInput ToInput() =>
            new(Title, IssuingBody, DocumentNumber, FormedOn!.Value, CategoryCode, TopicCode, EffectiveFrom, ValidThrough, RepealedOn, Summary, Body);
    }
}
