namespace Gongkai.Application.PublicRequests;

/// <summary>
/// How an online applicant follows a request: a public tracking code and the SHA-256 of a 128-bit random
/// secret. The secret doubles as the form's idempotency token (a resubmitted form carries the same secret,
/// so it finds this ticket instead of creating a second request). Neither the secret nor anything that
/// identifies the applicant is stored in clear here.
/// </summary>
public sealed class RequestTicket
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public Guid AgencyId { get; set; }

    /// <summary>Ten characters of a 31-letter alphabet (~50 bits), unique; printed on the receipt.</summary>
    public required string TrackingCode { get; set; }

    /// <summary>SHA-256 of the secret (the secret has 128 random bits, so a fast hash suffices).</summary>
    public required byte[] SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
