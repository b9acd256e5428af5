namespace Gongkai.Documents.Writing;

/// <summary>
/// One cell of a row as a word processor stores it: a cell that starts here (<see cref="Cell"/>),
/// or the continuation of a vertically merged cell from above (Cell null, <see cref="Continues"/> true).
/// </summary>
internal readonly record struct GridSlot(LayoutCell? Cell, int Column, int Span, bool Continues);
