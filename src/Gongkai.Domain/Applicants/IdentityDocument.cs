namespace Gongkai.Domain.Applicants;

/// <summary>An applicant's identity document. Personal data: <see cref="ToString"/> masks the number.</summary>
/// <param name="Kind">The kind of document.</param>
/// <param name="Number">The document number as given.</param>
public sealed record IdentityDocument(IdentityDocumentKind Kind, string Number)
{
    /// <summary>The number with its middle hidden, safe for logs and messages.</summary>
    public string MaskedNumber => IdentityMask.Mask(Number);

    /// <summary>
    /// The key under which the fee counter (国办函〔2020〕109号: per applicant per calendar month) recognises the
    /// same applicant: kind plus the number in upper case without spaces.
    /// </summary>
    public string DeduplicationKey => $"{Kind}:{Number.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()}";

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {MaskedNumber}";
}
