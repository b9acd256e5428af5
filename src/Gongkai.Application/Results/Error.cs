namespace Gongkai.Application.Results;

/// <summary>
/// An expected failure of a use case, with a message for the user in Simplified Chinese. The web maps
/// each kind to one HTTP status and to form errors in one place (docs/decisions/ADR-004).
/// </summary>
public sealed record Error(ErrorKind Kind, string Message, string? Field = null)
{
    public static Error NotFound(string message) => new(ErrorKind.NotFound, message);

    public static Error Invalid(string message, string? field = null) => new(ErrorKind.Invalid, message, field);

    public static Error Conflict(string message) => new(ErrorKind.Conflict, message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, message);
}
