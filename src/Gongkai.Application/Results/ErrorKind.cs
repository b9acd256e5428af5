namespace Gongkai.Application.Results;

/// <summary>The kinds of expected failure.</summary>
public enum ErrorKind
{
    NotFound,
    Invalid,
    Conflict,
    Forbidden,
}
