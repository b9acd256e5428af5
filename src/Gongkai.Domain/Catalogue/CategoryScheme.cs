using System.Text.Json;
using Gongkai.Domain.Agencies;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The proactive-disclosure categories as data (条例 Art. 20 for every agency, Art. 21 by level): the embedded
/// <c>proactive-categories.json</c> by default, or a deployment's own file in the same schema
/// (<c>categories[].code/article/label/tiers/governmentOnly</c>; tier "*" means every agency).
/// </summary>
public sealed class CategoryScheme
{
    private const string ResourceName = "Gongkai.Domain.Catalogue.proactive-categories.json";
    private static readonly Lazy<CategoryScheme> EmbeddedScheme = new(() => Parse(ReadResource()));

    private CategoryScheme(IReadOnlyList<DisclosureCategory> categories)
    {
        Categories = categories;
    }

    /// <summary>The statute's items: 15 of Art. 20, 7 for cities and counties and 7 for townships under Art. 21.</summary>
    public static CategoryScheme Default => EmbeddedScheme.Value;

    /// <summary>Every category, in the order of the file.</summary>
    public IReadOnlyList<DisclosureCategory> Categories { get; }

    /// <summary>The categories an agency at <paramref name="level"/> must keep, in order.</summary>
    public IReadOnlyList<DisclosureCategory> For(AgencyLevel level) => Categories.Where(c => c.AppliesTo(level)).ToList();

    /// <summary>The category with <paramref name="code"/>, or null.</summary>
    public DisclosureCategory? Find(string code) => Categories.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>Parses a scheme in the schema of <c>proactive-categories.json</c>.</summary>
    /// <exception cref="FormatException">The text is not in the schema (message in Chinese).</exception>
    public static CategoryScheme Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var list = new List<DisclosureCategory>();
            foreach (var item in document.RootElement.GetProperty("categories").EnumerateArray())
            {
                var code = Text(item, "code");
                if (list.Exists(c => string.Equals(c.Code, code, StringComparison.Ordinal)))
                {
                    throw new FormatException($"公开类别代码“{code}”重复。");
                }

                var tiers = item.GetProperty("tiers").EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToList();
                var parsed = tiers.Contains("*") ? [] : tiers.Select(t => ParseTier(t, code)).ToList();
                var governmentOnly = item.TryGetProperty("governmentOnly", out var g) && g.GetBoolean();
                list.Add(new DisclosureCategory(code, Text(item, "article"), Text(item, "label"), parsed, governmentOnly));
            }

            return new CategoryScheme(list);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"公开类别文件格式不正确：{ex.Message}", ex);
        }
    }

    private static AdministrativeTier ParseTier(string text, string code) =>
        Enum.TryParse<AdministrativeTier>(text, ignoreCase: false, out var tier) && Enum.IsDefined(tier)
            ? tier
            : throw new FormatException($"公开类别“{code}”的层级“{text}”无法识别。");

    private static string Text(JsonElement item, string name)
    {
        var value = item.GetProperty(name).GetString();
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"公开类别缺少“{name}”。") : value;
    }

    private static string ReadResource()
    {
        using var stream = typeof(CategoryScheme).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Gongkai.Domain.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
