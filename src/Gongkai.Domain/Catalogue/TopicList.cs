using System.Text.Json;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The 主题分类 list as data: the embedded <c>topics.json</c> (22 themes) by default, or a deployment's own
/// file in the same schema (<c>topics[].code/label/aliases</c>).
/// </summary>
public sealed class TopicList
{
    private const string ResourceName = "Gongkai.Domain.Catalogue.topics.json";
    private static readonly Lazy<TopicList> EmbeddedList = new(() => Parse(ReadResource()));

    private TopicList(IReadOnlyList<Topic> topics)
    {
        Topics = topics;
    }

    /// <summary>The 22 themes of the gov.cn policy library.</summary>
    public static TopicList Default => EmbeddedList.Value;

    /// <summary>The themes in order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The theme whose code, label or alias is <paramref name="codeOrLabel"/>, or null.</summary>
    public Topic? Find(string codeOrLabel) => Topics.FirstOrDefault(t =>
        string.Equals(t.Code, codeOrLabel, StringComparison.Ordinal)
        || string.Equals(t.Label, codeOrLabel, StringComparison.Ordinal)
        || t.Aliases.Contains(codeOrLabel, StringComparer.Ordinal));

    /// <summary>Parses a list in the schema of <c>topics.json</c>.</summary>
    /// <exception cref="FormatException">The text is not in the schema (message in Chinese).</exception>
    public static TopicList Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var topics = new List<Topic>();
            foreach (var item in document.RootElement.GetProperty("topics").EnumerateArray())
            {
                var code = item.GetProperty("code").GetString() ?? string.Empty;
                var label = item.GetProperty("label").GetString() ?? string.Empty;
                if (code.Length == 0 || label.Length == 0)
                {
                    throw new FormatException("主题分类缺少代码或名称。");
                }

                if (topics.Exists(t => string.Equals(t.Code, code, StringComparison.Ordinal)))
                {
                    throw new FormatException($"主题分类代码“{code}”重复。");
                }

                var aliases = item.TryGetProperty("aliases", out var a)
                    ? a.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToList()
                    : [];
                topics.Add(new Topic(code, label, aliases));
            }

            return new TopicList(topics);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"主题分类文件格式不正确：{ex.Message}", ex);
        }
    }

    private static string ReadResource()
    {
        using var stream = typeof(TopicList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from Gongkai.Domain.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
