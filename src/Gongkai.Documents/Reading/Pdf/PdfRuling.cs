using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// A horizontal or vertical line drawn on the page (a table border): at <see cref="At"/> (y for a
/// horizontal ruling, x for a vertical one), from <see cref="From"/> to <see cref="To"/> along it.
/// </summary>
internal sealed record PdfRuling(bool Horizontal, double At, double From, double To)
{
    /// <summary>How far apart two positions may be and still count as the same line, in points.</summary>
    public const double Tolerance = 2.0;

    // A page with more drawn segments than this is a drawing, not a form: ignore its rulings.
    private const int MaxPerPage = 5000;

    public bool Covers(double at, double along) =>
        Math.Abs(At - at) <= Tolerance && along >= From - Tolerance && along <= To + Tolerance;

    public bool Crosses(PdfRuling other) =>
        Horizontal != other.Horizontal
        && other.At >= From - Tolerance && other.At <= To + Tolerance
        && At >= other.From - Tolerance && At <= other.To + Tolerance;

    public bool Continues(PdfRuling other) =>
        Horizontal == other.Horizontal && Math.Abs(At - other.At) <= Tolerance
        && other.From <= To + Tolerance && From <= other.To + Tolerance;

    /// <summary>The horizontal and vertical segments of the page's stroked lines, rectangles and thin filled bars.</summary>
    public static List<PdfRuling> Of(Page page)
    {
        var rulings = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsFilled && !path.IsStroked)
                {
                    AddThinBar(subpath.GetBoundingRectangle(), rulings);
                    continue;
                }

                AddStroked(subpath, rulings);
                if (rulings.Count > MaxPerPage)
                {
                    return [];
                }
            }
        }

        return rulings;
    }

    private static void AddStroked(PdfSubpath subpath, List<PdfRuling> rulings)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, rulings);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s, rulings);
                    current = s;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddThinBar(PdfRectangle? bounds, List<PdfRuling> rulings)
    {
        if (bounds is not { } r)
        {
            return;
        }

        if (r.Height <= Tolerance && r.Width > Tolerance)
        {
            rulings.Add(new PdfRuling(true, (r.Bottom + r.Top) / 2, r.Left, r.Right));
        }
        else if (r.Width <= Tolerance && r.Height > Tolerance)
        {
            rulings.Add(new PdfRuling(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
        }
    }

    private static void Add(PdfPoint a, PdfPoint b, List<PdfRuling> rulings)
    {
        if (Math.Abs(a.Y - b.Y) <= 0.5 && Math.Abs(a.X - b.X) > Tolerance)
        {
            rulings.Add(new PdfRuling(true, a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (Math.Abs(a.X - b.X) <= 0.5 && Math.Abs(a.Y - b.Y) > Tolerance)
        {
            rulings.Add(new PdfRuling(false, a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }
}
