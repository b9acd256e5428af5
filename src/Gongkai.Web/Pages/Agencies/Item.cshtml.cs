using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Gongkai.Application.Requests;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>One item with its metadata block (索引号, 分类, 发布机构, 文号, 成文日期, 发布日期, 有效性, 名称).</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ItemModel(AgencyDirectory directory, PublicColumn column, OfficeToday today) : PageModel
{
    public Agency? Agency { get; private set; }

    public CatalogueItem? Item { get; private set; }

    public IReadOnlyList<CatalogueAttachment> Attachments { get; private set; } = [];

    public DateOnly Today => today.Date;

    public async Task<IActionResult> OnGetAsync(string creditCode, Guid id, CancellationToken cancellationToken)
    {
        Agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        Item = Agency is null ? null : await column.ItemAsync(Agency.Id, id, cancellationToken);
        if (Item is null)
        {
            return NotFound();
        }

        Attachments = Item.State == Domain.Catalogue.PublicationState.Published ? await column.AttachmentsAsync(Item.Id, cancellationToken) : [];
        return Page();
    }
}
