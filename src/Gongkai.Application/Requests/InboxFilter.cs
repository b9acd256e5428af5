using Gongkai.Domain.Requests;

namespace Gongkai.Application.Requests;

/// <summary>The inbox's filters: a state (or all open requests when null and <see cref="OpenOnly"/>), a receipt year.</summary>
public sealed record InboxFilter(RequestState? State = null, int? Year = null, bool OpenOnly = true);
