using System.Globalization;
using System.Xml;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Streaming access to a DOCX part's XML: reader settings that refuse DTDs (billion laughs) and cap the
/// part's size, and the few moves the walkers need over WordprocessingML elements.
/// </summary>
internal static class DocxXml
{
    /// <summary>The WordprocessingML namespace (transitional), as Word writes it.</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The same namespace in ISO strict documents.</summary>
    public const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>Settings for every part read: no DTD, no external resources, at most <see cref="ReadLimits.MaxXmlPartBytes"/> characters.</summary>
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = ReadLimits.MaxXmlPartBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Whether the reader is on the WordprocessingML element <paramref name="localName"/>.</summary>
    public static bool Is(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element
        && string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
        && IsWord(reader.NamespaceURI);

    /// <summary>Whether a namespace is WordprocessingML's (transitional or strict).</summary>
    public static bool IsWord(string ns) =>
        string.Equals(ns, Main, StringComparison.Ordinal) || string.Equals(ns, Strict, StringComparison.Ordinal);

    /// <summary>The w:val attribute of the current element, or null.</summary>
    public static string? Val(XmlReader reader) => Attribute(reader, "val");

    /// <summary>A w: attribute of the current element, or null.</summary>
    public static string? Attribute(XmlReader reader, string localName) =>
        reader.GetAttribute(localName, Main) ?? reader.GetAttribute(localName, Strict);

    /// <summary>A whole number attribute value, or null when absent or not a number.</summary>
    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// Steps into the element the reader is on: true when it has children to visit with
    /// <see cref="NextChild"/>; false (and the element consumed) when it is empty.
    /// </summary>
    public static bool Enter(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="parentDepth"/>; false (and the
    /// parent's end consumed) when there is none. The caller consumes each child (a walker, or Skip).
    /// </summary>
    public static bool NextChild(XmlReader reader, int parentDepth)
    {
        while (!reader.EOF)
        {
            if (reader.Depth <= parentDepth)
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    reader.Read();
                }

                return false;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == parentDepth + 1)
            {
                return true;
            }

            reader.Read();
        }

        return false;
    }
}
