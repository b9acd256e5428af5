namespace Gongkai.Documents.Reading;

/// <summary>
/// A file that cannot be read as a report at all: corrupt, truncated, too large, encrypted, a zip
/// bomb, a scan without a text layer. The message is for the user (Simplified Chinese); the inner
/// exception, when there is one, keeps the library's own neutral English reason.
/// </summary>
public sealed class UnreadableReportException(string message, Exception? inner = null) : Exception(message, inner);
