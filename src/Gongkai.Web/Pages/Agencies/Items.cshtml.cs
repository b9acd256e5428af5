using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>
/// The 法定主动公开内容 of one agency: browse by category, topic and year, and search (Art. 24 检索), one
/// server-rendered page with a GET form, so it works without JavaScript and every result page has a URL.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ItemsModel(AgencyDirectory directory, PublicColumn column, ICatalogueSearch search) : PageModel
{
    public Agency? Agency { get; private set; }

    public IReadOnlyList<CategoryCount> Categories { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public CataloguePage? Results { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "topic")]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>
    /// The page of the listing, from the query string only: Razor Pages keeps the page's own path in the
    /// route value "page", which a plain <c>[BindProperty(Name = "page")]</c> would read first (and fail on).
    /// </summary>
    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string creditCode, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page ?? 1;
        Agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        if (Agency is null)
        {
            return NotFound();
        }

        Query = Query is { Length: > 100 } ? Query[..100] : Query;
        Categories = await column.CategoriesAsync(Agency, cancellationToken);
        Years = await column.YearsAsync(Agency.Id, cancellationToken);
        Results = await search.SearchAsync(
            new CatalogueQuery(Agency.Id, Query, Blank(Category), Blank(Topic), Year is >= 1900 and <= 9999 ? Year : null, PageNumber),
            cancellationToken);
        return Page();
    }

    /// <summary>The URL of another page of the same listing.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["category"] = Category,
            ["topic"] = Topic,
            ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            $"/agencies/{Agency!.CreditCode}/items",
            query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
